namespace InvoiceFunctions.Application.Archive;

/// <summary>What a verification re-computed and the first broken link, if any.</summary>
public sealed record ArchiveVerification(string Company, bool Intact, long EntriesChecked, long ObjectsChecked, int DailyRootsChecked, string HeadHash, ArchiveBreak? FirstBreak);
