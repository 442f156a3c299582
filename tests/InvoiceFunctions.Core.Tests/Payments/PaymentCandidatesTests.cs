using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Camt;
using InvoiceFunctions.Core.Payments.Csv;
using InvoiceFunctions.Core.Payments.Matching;
using static InvoiceFunctions.Core.Tests.Payments.CamtXml;

namespace InvoiceFunctions.Core.Tests.Payments;

public sealed class PaymentCandidatesTests
{
    private const string Account = "FR7630006000011234567890189";
    private const string Header = "booking_date,amount,currency,counterparty_name,remittance_information,entry_reference\n";
    private const string Row1 = "2026-03-01,100.00,EUR,ACME,FA-1,B-1\n";
    private const string Row2 = "2026-03-02,-40.00,EUR,Lemaire,F-9,B-2\n";
    private const string Row3 = "2026-03-03,60.00,EUR,Dupont,FA-3,B-3\n";

    private static BankStatement Csv(string rows, string id = "s") => CsvStatementReader.Read(Header + rows, CsvStatementMapping.Default, Account, id);

    [Fact]
    public void From_SameStatementTwice_EachTransactionOnce()
    {
        var statement = Csv(Row1 + Row2 + Row3);

        var once = PaymentCandidates.From(statement);
        var twice = PaymentCandidates.From([statement, Csv(Row1 + Row2 + Row3, "again")]);

        Assert.Equal(3, once.Count);
        Assert.Equal(once.Select(c => c.Fingerprint), twice.Select(c => c.Fingerprint));
    }

    [Fact]
    public void From_OverlappingStatements_OnlyNewTransactions()
    {
        var first = Csv(Row1 + Row2, "feb");
        var second = Csv(Row2 + Row3, "mar");
        var recorded = PaymentCandidates.From(first).Select(c => c.Fingerprint).ToHashSet();

        var fresh = PaymentCandidates.From([second], recorded);

        Assert.Equal([60.00m], fresh.Select(c => c.Amount));
        Assert.Equal(3, PaymentCandidates.From([first, second]).Count);
        Assert.Empty(PaymentCandidates.From([first, second], recorded.Concat(fresh.Select(c => c.Fingerprint)).ToHashSet()));
    }

    [Fact]
    public void From_IdenticalEntriesWithoutReference_StayTwoAndStableOnReimport()
    {
        const string twice = "booking_date,amount,currency,remittance_information\n2026-03-01,9.99,EUR,abonnement\n2026-03-01,9.99,EUR,abonnement\n";
        var statement = CsvStatementReader.Read(twice, CsvStatementMapping.Default, Account, "a");

        var candidates = PaymentCandidates.From(statement);
        var again = PaymentCandidates.From(CsvStatementReader.Read(twice, CsvStatementMapping.Default, Account, "b"));

        Assert.Equal(2, candidates.Select(c => c.Fingerprint).Distinct().Count());
        Assert.Equal(candidates.Select(c => c.Fingerprint), again.Select(c => c.Fingerprint));
    }

    [Fact]
    public void From_AmountWrittenWithMoreDecimals_SameFingerprint()
    {
        var a = PaymentCandidates.From(Csv("2026-03-01,100.00,EUR,ACME,FA-1,B-1\n"))[0];
        var b = PaymentCandidates.From(Csv("2026-03-01,100.000,EUR,ACME,FA-1,B-1\n"))[0];

        Assert.Equal(a.Fingerprint, b.Fingerprint);
    }

    [Fact]
    public void From_CsvRows_CounterpartyIsPayerOrPayee()
    {
        var candidates = PaymentCandidates.From(Csv(Row1 + Row2));

        Assert.Equal([(CreditDebit.Credit, "ACME", "FA-1"), (CreditDebit.Debit, "Lemaire", "F-9")], candidates.Select(c => (c.Direction, c.CounterpartyName!, c.RemittanceText!)));
        Assert.All(candidates, c => Assert.Equal((Account, "s"), (c.AccountId, c.StatementId)));
    }

    [Fact]
    public void From_PendingAndInformationEntries_LeftOut()
    {
        var xml = Statement(Credit(status: "<Sts>PDNG</Sts>") + Credit(status: "<Sts>INFO</Sts>") + Credit("7.00", refs: "<NtryRef>B</NtryRef>"));

        var candidates = PaymentCandidates.From(CamtReader.Read(xml).Statements[0]);

        Assert.Equal([7.00m], candidates.Select(c => c.Amount));
    }

    [Fact]
    public void From_BatchBookingWithAmounts_OneCandidatePerTransaction()
    {
        const string details = """
            <TxDtls><Refs><EndToEndId>E-1</EndToEndId></Refs><Amt Ccy="EUR">100.00</Amt><RltdPties><Dbtr><Nm>ACME</Nm></Dbtr></RltdPties><RmtInf><Ustrd>FA-1</Ustrd></RmtInf></TxDtls>
            <TxDtls><Refs><EndToEndId>E-2</EndToEndId></Refs><Amt Ccy="EUR">200.00</Amt><RltdPties><Dbtr><Nm>Dupont</Nm></Dbtr></RltdPties><RmtInf><Ustrd>FA-2</Ustrd></RmtInf></TxDtls>
            """;
        var statement = CamtReader.Read(Statement(Credit("300.00", details: details, refs: "<NtryRef>BATCH-1</NtryRef>"))).Statements[0];

        var candidates = PaymentCandidates.From(statement);

        Assert.Equal([(100.00m, "ACME", "FA-1", "E-1"), (200.00m, "Dupont", "FA-2", "E-2")], candidates.Select(c => (c.Amount, c.CounterpartyName!, c.RemittanceText!, c.EndToEndId!)));
        Assert.Equal(2, candidates.Select(c => c.Fingerprint).Distinct().Count());
    }

    [Fact]
    public void From_BatchWhoseAmountsDoNotAddUp_OneCandidate()
    {
        const string details = """
            <TxDtls><Amt Ccy="EUR">100.00</Amt><RmtInf><Ustrd>FA-1</Ustrd></RmtInf></TxDtls>
            <TxDtls><Amt Ccy="EUR">150.00</Amt><RmtInf><Ustrd>FA-2</Ustrd></RmtInf></TxDtls>
            """;

        var candidate = Assert.Single(PaymentCandidates.From(CamtReader.Read(Statement(Credit("300.00", details: details))).Statements[0]));

        Assert.Equal((300.00m, "FA-1 FA-2"), (candidate.Amount, candidate.RemittanceText));
    }

    [Fact]
    public void From_CamtEntry_ReferencesTextAndReversalCarried()
    {
        const string details = """
            <TxDtls>
              <RltdPties><UltmtDbtr><Nm>ACME Holding</Nm></UltmtDbtr></RltdPties>
              <RmtInf><Ustrd>Paiement</Ustrd><Strd><RfrdDocInf><Nb>FA-2026-0007</Nb></RfrdDocInf><CdtrRefInf><Ref>RF26FA20260001</Ref></CdtrRefInf></Strd></RmtInf>
            </TxDtls>
            """;
        var entry = Credit("50.00", details: details, refs: "<NtryRef>R-1</NtryRef>").Replace("<Sts>", "<RvslInd>true</RvslInd><Sts>", StringComparison.Ordinal);

        var candidate = PaymentCandidates.From(CamtReader.Read(Statement(entry)).Statements[0])[0];

        Assert.Equal(("RF26FA20260001", "Paiement RF26FA20260001 FA-2026-0007", "ACME Holding", true), (candidate.StructuredReference, candidate.RemittanceText, candidate.CounterpartyName, candidate.IsReversal));
        Assert.Equal(new DateOnly(2026, 3, 1), candidate.BookingDate);
    }
}
