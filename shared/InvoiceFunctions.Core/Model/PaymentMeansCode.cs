namespace InvoiceFunctions.Core.Model;

/// <summary>Payment means type code (BT-81), UNTDID 4461. Named members are the common ones; any other numeric
/// code of the list is carried as its number (readers and writers keep it).</summary>
public enum PaymentMeansCode
{
    /// <summary>1: instrument not defined.</summary>
    NotDefined = 1,
    /// <summary>10: in cash.</summary>
    Cash = 10,
    /// <summary>20: cheque.</summary>
    Cheque = 20,
    /// <summary>30: credit transfer.</summary>
    CreditTransfer = 30,
    /// <summary>31: debit transfer.</summary>
    DebitTransfer = 31,
    /// <summary>42: payment to bank account.</summary>
    PaymentToBankAccount = 42,
    /// <summary>48: bank card.</summary>
    BankCard = 48,
    /// <summary>49: direct debit.</summary>
    DirectDebit = 49,
    /// <summary>57: standing agreement.</summary>
    StandingAgreement = 57,
    /// <summary>58: SEPA credit transfer.</summary>
    SepaCreditTransfer = 58,
    /// <summary>59: SEPA direct debit.</summary>
    SepaDirectDebit = 59,
    /// <summary>97: clearing between partners.</summary>
    ClearingBetweenPartners = 97,
}
