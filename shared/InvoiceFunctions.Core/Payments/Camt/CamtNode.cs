using System.Xml.Linq;

namespace InvoiceFunctions.Core.Payments.Camt;

/// <summary>An element of a camt document with its path, for reading children in the document's namespace and naming where a value is wrong.</summary>
internal readonly record struct CamtNode(XElement Element, string Path)
{
    private XNamespace Ns => Element.Name.Namespace;

    public CamtNode? Child(string name)
    {
        var child = Element.Element(Ns + name);
        return child is null ? null : new CamtNode(child, $"{Path}/{name}");
    }

    /// <summary>The child at a relative path such as <c>Tp/CdOrPrtry/Cd</c>, or null.</summary>
    public CamtNode? At(string relativePath)
    {
        CamtNode? node = this;
        foreach (var name in relativePath.Split('/'))
        {
            node = node?.Child(name);
        }

        return node;
    }

    public IEnumerable<CamtNode> Children(string name)
    {
        var i = 0;
        foreach (var child in Element.Elements(Ns + name))
        {
            i++;
            yield return new CamtNode(child, $"{Path}/{name}[{i}]");
        }
    }

    public CamtNode Required(string relativePath) =>
        At(relativePath) ?? throw new BankStatementFormatException(StatementError.MissingElement, $"Required element {relativePath} is missing.", Path);

    /// <summary>The trimmed text at a relative path, null when absent or empty.</summary>
    public string? Text(string relativePath) => At(relativePath)?.Value;

    /// <summary>The trimmed text, null when empty.</summary>
    public string? Value => string.IsNullOrWhiteSpace(Element.Value) ? null : Element.Value.Trim();

    public string RequiredText(string relativePath) =>
        Required(relativePath).Value ?? throw new BankStatementFormatException(StatementError.MissingElement, $"Element {relativePath} is empty.", Path);

    public string? Attribute(string name) => Element.Attribute(name)?.Value.Trim();
}
