namespace InvoiceFunctions.Core.Tests.Payments;

/// <summary>Small camt.053 documents written by hand for the reader's edge cases.</summary>
internal static class CamtXml
{
    /// <summary>A statement of one account with the given entries (raw <c>Ntry</c> XML) in version <paramref name="version"/>.</summary>
    public static string Statement(string entries, string version = "02", string account = "<IBAN>FR7630006000011234567890189</IBAN>") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.{version}">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2026-03-02T07:00:00+01:00</CreDtTm></GrpHdr>
            <Stmt>
              <Id>STMT-1</Id>
              <CreDtTm>2026-03-02T07:00:00+01:00</CreDtTm>
              <Acct><Id>{account}</Id><Ccy>EUR</Ccy></Acct>
              <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-02-28</Dt></Dt></Bal>
              <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-01</Dt></Dt></Bal>
              {entries}
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """;

    /// <summary>A credit entry with one transaction.</summary>
    public static string Credit(string amount = "100.00", string status = "<Sts>BOOK</Sts>", string details = "", string refs = "", string booking = "<Dt>2026-03-01</Dt>") => $"""
        <Ntry>
          {refs}
          <Amt Ccy="EUR">{amount}</Amt>
          <CdtDbtInd>CRDT</CdtDbtInd>
          {status}
          <BookgDt>{booking}</BookgDt>
          <ValDt><Dt>2026-03-01</Dt></ValDt>
          <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
          <NtryDtls>{details}</NtryDtls>
        </Ntry>
        """;
}
