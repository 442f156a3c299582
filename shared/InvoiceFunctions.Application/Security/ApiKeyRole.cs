namespace InvoiceFunctions.Application.Security;

/// <summary>What an API key may do within its company.</summary>
public enum ApiKeyRole
{
    /// <summary>Reads everything of the company.</summary>
    Viewer = 0,

    /// <summary>Also issues, sends and records payments.</summary>
    Accountant = 1,

    /// <summary>Also changes the company's settings and keys.</summary>
    Owner = 2,
}
