namespace InvoiceFunctions.Core.Payments.Camt;

/// <summary>Reads one <c>Ntry</c> and its <c>TxDtls</c>, across versions (status as text up to .05 and as a choice after; parties under <c>Pty</c> from .08).</summary>
internal static class CamtEntryReader
{
    public static BankEntry Read(CamtNode entry)
    {
        var (amount, currency) = CamtValues.Amount(entry.Required("Amt"));
        var statusNode = entry.Required("Sts");
        var statusCode = statusNode.Text("Cd") ?? statusNode.Text("Prtry") ?? statusNode.Value
            ?? throw new BankStatementFormatException(StatementError.MissingElement, "The entry status is empty.", statusNode.Path);
        var reversal = entry.Child("RvslInd") is { } r
            ? r.Value switch
            {
                "true" or "1" => true,
                "false" or "0" => false,
                var other => throw new BankStatementFormatException(StatementError.InvalidValue, $"'{other}' is not a boolean.", r.Path),
            }
            : false;
        return new BankEntry
        {
            Amount = amount,
            Currency = currency,
            Direction = CamtValues.Indicator(entry),
            Status = statusCode switch
            {
                "BOOK" => EntryStatus.Booked,
                "PDNG" or "FUTR" => EntryStatus.Pending,
                "INFO" => EntryStatus.Information,
                _ => EntryStatus.Other,
            },
            StatusCode = statusCode,
            IsReversal = reversal,
            BookingDate = CamtValues.DateChoice(entry.Child("BookgDt")),
            ValueDate = CamtValues.DateChoice(entry.Child("ValDt")),
            EntryReference = entry.Text("NtryRef"),
            AccountServicerReference = entry.Text("AcctSvcrRef"),
            BankTransactionCode = TransactionCode(entry.Required("BkTxCd")),
            AdditionalInfo = entry.Text("AddtlNtryInf"),
            Transactions = entry.Children("NtryDtls").SelectMany(d => d.Children("TxDtls")).Select(ReadTransaction).ToList(),
        };
    }

    private static string? TransactionCode(CamtNode? code)
    {
        if (code?.Child("Domn") is { } domain)
        {
            var parts = new[] { domain.Text("Cd"), domain.Text("Fmly/Cd"), domain.Text("Fmly/SubFmlyCd") };
            return string.Join('/', parts.Where(p => p is not null));
        }

        return code?.Text("Prtry/Cd");
    }

    private static BankTransaction ReadTransaction(CamtNode tx)
    {
        var amountNode = tx.Child("Amt") ?? tx.At("AmtDtls/TxAmt/Amt") ?? tx.At("AmtDtls/InstdAmt/Amt");
        var amount = amountNode is { } a ? CamtValues.Amount(a) : ((decimal, string)?)null;
        var remittance = tx.Child("RmtInf");
        var structured = remittance?.Children("Strd").ToList() ?? [];
        var creditorReference = structured.Select(s => s.Child("CdtrRefInf")).FirstOrDefault(c => c?.Text("Ref") is not null);
        var endToEnd = tx.Text("Refs/EndToEndId");
        var parties = tx.Child("RltdPties");
        return new BankTransaction
        {
            Amount = amount?.Item1,
            Currency = amount?.Item2,
            EndToEndId = string.Equals(endToEnd, "NOTPROVIDED", StringComparison.OrdinalIgnoreCase) ? null : endToEnd,
            AccountServicerReference = tx.Text("Refs/AcctSvcrRef"),
            RemittanceText = Join(remittance?.Children("Ustrd").Select(u => u.Value)),
            StructuredReference = creditorReference?.Text("Ref"),
            StructuredReferenceType = creditorReference?.Text("Tp/CdOrPrtry/Cd") ?? creditorReference?.Text("Tp/CdOrPrtry/Prtry"),
            ReferredDocumentNumbers = structured.SelectMany(s => s.Children("RfrdDocInf")).Select(d => d.Text("Nb")).OfType<string>().ToList(),
            Debtor = Party(parties, "Dbtr", "DbtrAcct"),
            Creditor = Party(parties, "Cdtr", "CdtrAcct"),
            UltimateDebtorName = Name(parties?.Child("UltmtDbtr")),
            UltimateCreditorName = Name(parties?.Child("UltmtCdtr")),
            AdditionalInfo = tx.Text("AddtlTxInf"),
        };
    }

    private static EntryParty? Party(CamtNode? parties, string party, string account)
    {
        var name = Name(parties?.Child(party));
        var accountNode = parties?.Child(account);
        var iban = accountNode?.Text("Id/IBAN");
        var other = accountNode?.Text("Id/Othr/Id");
        return name is null && iban is null && other is null
            ? null
            : new EntryParty(name, iban is null ? Iban.NormalizeOrNull(other) : Iban.Normalize(iban), iban is null && !Iban.IsValid(other) ? other : null);
    }

    /// <summary>A party's name: <c>Nm</c> up to .07, <c>Pty/Nm</c> from .08, or an agent's name.</summary>
    private static string? Name(CamtNode? party) =>
        party?.Text("Nm") ?? party?.Text("Pty/Nm") ?? party?.Text("Agt/FinInstnId/Nm");

    private static string? Join(IEnumerable<string?>? lines)
    {
        var parts = lines?.OfType<string>().ToList() ?? [];
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }
}
