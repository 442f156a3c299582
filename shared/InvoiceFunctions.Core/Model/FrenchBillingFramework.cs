namespace InvoiceFunctions.Core.Model;

/// <summary>
/// French billing framework codes ("cadre de facturation") carried in BT-23: a letter for the nature of the
/// operation (B goods, S services, M mixed) and a digit for the case (1 deposit of an invoice, 2 already paid,
/// 4 prepayment invoice, ...).
/// </summary>
public static class FrenchBillingFramework
{
    /// <summary>The nature of the operation, or null when BT-23 is not a French framework code.</summary>
    public static OperationNature? NatureOf(string? businessProcessType)
    {
        if (businessProcessType is not { Length: 2 } code || !char.IsAsciiDigit(code[1]))
        {
            return null;
        }

        return code[0] switch
        {
            'B' => Model.OperationNature.Goods,
            'S' => Model.OperationNature.Services,
            'M' => Model.OperationNature.Mixed,
            _ => null,
        };
    }

    /// <summary>The framework code for a nature and a case digit (1 = invoice deposit, the usual case).</summary>
    public static string CodeFor(OperationNature nature, int caseDigit = 1) => nature switch
    {
        Model.OperationNature.Goods => "B",
        Model.OperationNature.Services => "S",
        _ => "M",
    } + caseDigit.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
