namespace InvoiceFunctions.Core.Model;

/// <summary>Nature of the operation required on French invoices from 2026 (goods, services or both).</summary>
public enum OperationNature
{
    /// <summary>Supply of goods (French "livraison de biens", framework codes starting with B).</summary>
    Goods,
    /// <summary>Supply of services (French "prestation de services", framework codes starting with S).</summary>
    Services,
    /// <summary>Both goods and services (French "mixte", framework codes starting with M).</summary>
    Mixed,
}
