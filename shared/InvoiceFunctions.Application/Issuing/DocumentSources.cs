using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Products;
using InvoiceFunctions.Application.Templates;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>Reads what a document is composed from: the company, its profile, the customer, the catalogue, the stored draft.</summary>
public sealed class DocumentSources(
    ICompanyStore companies, IBillingProfileStore profiles, IPartyStore parties, IProductStore products, IDocumentStore documents, ICompanyLogoStore logos)
{
    /// <summary>The company's logo bytes as they are now (empty when it has none), for documents drawn once and not frozen (imports, previews).</summary>
    public async Task<ReadOnlyMemory<byte>> LogoAsync(CompanyId company, CancellationToken cancellationToken) =>
        (await logos.GetAsync(company, cancellationToken))?.Content ?? ReadOnlyMemory<byte>.Empty;

    /// <summary>
    /// Fixes the logo a document will be drawn with: the current logo kept under its SHA-256 (write-once) and that hash
    /// returned, or <see cref="IssueSnapshot.NoLogo"/> when the company has none. Idempotent.
    /// </summary>
    public async Task<string> FreezeLogoAsync(CompanyId company, CancellationToken cancellationToken)
    {
        if (await logos.GetAsync(company, cancellationToken) is not { } logo)
        {
            return IssueSnapshot.NoLogo;
        }

        await logos.KeepAsync(company, logo, cancellationToken);
        return logo.Sha256;
    }

    /// <summary>The logo bytes of a frozen document: those of its hash, none, or (frozen before logos were, null) the current ones.</summary>
    /// <exception cref="InvalidOperationException">The kept logo is gone (removed by hand): drawing another one would change the document.</exception>
    public async Task<ReadOnlyMemory<byte>> LogoAsync(CompanyId company, string? frozen, CancellationToken cancellationToken) => frozen switch
    {
        null => await LogoAsync(company, cancellationToken),
        IssueSnapshot.NoLogo => ReadOnlyMemory<byte>.Empty,
        _ => (await logos.GetKeptAsync(company, frozen, cancellationToken))?.Content
            ?? throw new InvalidOperationException($"The logo {frozen} of company '{company.Value}' is no longer kept in the templates container (logos/{frozen})."),
    };

    public async Task<IssueSnapshot> SnapshotAsync(CompanyId company, string customerId, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(company, cancellationToken);
        var found = await companies.FindAsync(company, cancellationToken) ?? throw new CompanyNotFoundException(company);
        var customer = await parties.FindAsync(company, customerId, cancellationToken);
        return customer is { Role: PartyRole.Customer }
            ? new IssueSnapshot(found, profile, customer)
            : throw new LedgerValidationException([new FieldError("customerId", "Not a customer of this company.")]);
    }

    public async Task<DocumentDraft> DraftOfAsync(LedgerInvoice invoice, CancellationToken cancellationToken) =>
        invoice.Document is { } sha && await documents.GetDraftAsync(invoice.Company, invoice.Id, sha, cancellationToken) is { } draft
            ? draft
            : throw new InvoiceStateException(invoice.Id, invoice.Status, "composed: it has no document (a ledger record of an invoice made elsewhere)");

    /// <summary>Fills each product line from the catalogue (name, price, VAT rate) unless the line gives them; lists every unknown product.</summary>
    public async Task<InvoiceDraft> ResolveProductsAsync(CompanyId company, InvoiceDraft draft, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var lines = new List<DraftLine>();
        for (var i = 0; i < draft.Lines!.Count; i++)
        {
            var line = draft.Lines[i];
            if (line.ProductId is null)
            {
                lines.Add(line);
                continue;
            }

            var product = await products.FindAsync(company, line.ProductId, cancellationToken);
            if (product is null)
            {
                errors.Add(new FieldError($"lines[{i}].productId", $"No product '{line.ProductId}' in the catalogue."));
            }
            else if (line.UnitPrice is null && product.Currency != draft.Currency)
            {
                errors.Add(new FieldError($"lines[{i}].unitPrice", $"Required: the product is priced in {product.Currency}, the draft is in {draft.Currency}."));
            }
            else
            {
                lines.Add(line with { Name = line.Name ?? product.Name, UnitPrice = line.UnitPrice ?? product.UnitPrice, VatRate = line.VatRate ?? product.VatRate });
            }
        }

        return errors.Count > 0 ? throw new LedgerValidationException(errors) : draft with { Lines = lines };
    }
}
