namespace InvoiceFunctions.Rendering.Fonts;

/// <summary>A subset font program compressed for a PDF stream, its uncompressed length and the /W array of its glyphs.</summary>
internal sealed record EmbeddedFont(byte[] CompressedProgram, int ProgramLength, string Widths);
