using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Camt;
using InvoiceFunctions.Core.Tests.Support;

namespace InvoiceFunctions.Core.Tests.Payments;

/// <summary>The camt.053 schemas shipped inside the Core: the corpus's XSDs unchanged, and how versions without one are read.</summary>
public sealed class CamtSchemasTests
{
    [Fact]
    public void Set_EmbeddedSchemas_SameBytesAsTheCorpusXsds()
    {
        var assembly = typeof(CamtSchemas).Assembly;

        foreach (var version in CamtSchemas.Versions)
        {
            var digits = version.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var name = "camt.053.001." + digits;
            using var embedded = assembly.GetManifestResourceStream($"CamtSchemas.{name}.xsd")!;
            using var copy = new MemoryStream();
            embedded.CopyTo(copy);
            Assert.Equal(File.ReadAllBytes(Corpus.File(CamtCorpus.Xsd(name))), copy.ToArray());
            Assert.True(CamtSchemas.Set.Contains(CamtReader.NamespacePrefix + digits));
        }
    }

    [Fact]
    public void Read_InvalidExampleWithShippedSchemas_SchemaInvalidWithItsErrors()
    {
        var options = new CamtReadOptions { Schemas = CamtSchemas.Set, AllowVersionsWithoutSchema = true };

        var error = Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(CamtCorpus.Text("camt053/invalid/camt053.v2.wrong.xml"), options));

        Assert.Equal(StatementError.SchemaInvalid, error.Error);
        Assert.Contains(error.SchemaErrors, e => e.Contains("Stmt", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_VersionWithoutShippedSchema_ReadWhenAllowedRefusedOtherwise()
    {
        var v13 = CamtCorpus.Text("camt053/examples/camt053.v8.xml").Replace("camt.053.001.08", "camt.053.001.13", StringComparison.Ordinal);

        var read = CamtReader.Read(v13, new CamtReadOptions { Schemas = CamtSchemas.Set, AllowVersionsWithoutSchema = true });
        var refused = Assert.Throws<BankStatementFormatException>(() => CamtReader.Read(v13, new CamtReadOptions { Schemas = CamtSchemas.Set }));

        Assert.Equal(13, read.Version);
        Assert.NotEmpty(read.Statements);
        Assert.Equal(StatementError.SchemaInvalid, refused.Error);
    }
}
