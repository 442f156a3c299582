using InvoiceFunctions.Rendering.Pdf;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>A document's objects before writing: the assembler, the catalog's number and dictionary text, the Info dictionary's number.</summary>
internal sealed record AssembledPdf(PdfAssembler Pdf, int Catalog, string CatalogDictionary, int Info);
