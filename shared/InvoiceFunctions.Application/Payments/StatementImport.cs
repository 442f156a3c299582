namespace InvoiceFunctions.Application.Payments;

/// <summary>What an import did.</summary>
/// <param name="Candidates">Booked entries (or split transactions) read, each once.</param>
/// <param name="Recorded">New payments recorded.</param>
/// <param name="AlreadyRecorded">Seen in an earlier import (same fingerprint): nothing recorded again.</param>
/// <param name="AutoAllocated">New payments allocated without review (exact RF references).</param>
/// <param name="ToReview">New payments waiting in the review list.</param>
public sealed record StatementImport(string Name, int Statements, int Candidates, int Recorded, int AlreadyRecorded, int AutoAllocated, int ToReview);
