namespace InvoiceFunctions.Application.Security;

/// <summary>What a principal may do within one company (a principal may hold a different role in each company).</summary>
public enum CompanyRole
{
    /// <summary>Reads everything of the company: invoices, history, archive.</summary>
    Reader = 0,

    /// <summary>Also creates and issues invoices, records payments and lifecycle statuses, archives documents.</summary>
    Accountant = 1,

    /// <summary>Also changes the company's settings.</summary>
    Admin = 2,
}
