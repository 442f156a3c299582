namespace InvoiceFunctions.Adapters.Storage;

/// <summary>The product's tables. Partition keys keep one company's rows together.</summary>
public static class TableNames
{
    public const string Companies = "Companies";
    public const string ApiKeys = "ApiKeys";
    public const string Idempotency = "Idempotency";

    public static readonly IReadOnlyList<string> All = [Companies, ApiKeys, Idempotency];
}
