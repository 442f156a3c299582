using System.Runtime.InteropServices;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Fonts;

/// <summary>
/// Subsets a bundled font to the glyphs and characters one document uses (HarfBuzz hb-subset, glyph ids retained so
/// the shaped runs stay valid), so the PDF embeds a few kilobytes instead of the whole font.
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1;
    private const uint RetainGlyphIds = 0x2;
    private const int DropTableTags = 3;
    private static readonly uint[] LayoutTables = [Tag("GSUB"), Tag("GPOS"), Tag("GDEF"), Tag("kern")];

    private static uint Tag(string tag) => ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];

    public static SKTypeface Subset(FontFace face, IEnumerable<ushort> glyphs, IEnumerable<int> codepoints)
    {
        using var data = SKData.CreateCopy(SubsetBytes(face, glyphs, codepoints));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("Subset font could not be loaded.");
    }

    /// <summary>The subset font program (TrueType bytes).</summary>
    public static byte[] SubsetBytes(FontFace face, IEnumerable<ushort> glyphs, IEnumerable<int> codepoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("hb_subset_input_create_or_fail failed.");
        }

        try
        {
            var glyphSet = hb_subset_input_glyph_set(input);
            hb_set_add(glyphSet, 0);
            foreach (var glyph in glyphs)
            {
                hb_set_add(glyphSet, glyph);
            }

            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
            {
                hb_set_add(unicodeSet, (uint)codepoint);
            }

            // A PDF viewer draws glyph ids already shaped: the layout tables (GSUB, GPOS, GDEF, kern) would only cost time to
            // subset and bytes to embed.
            var dropped = hb_subset_input_set(input, DropTableTags);
            foreach (var table in LayoutTables)
            {
                hb_set_add(dropped, table);
            }

            hb_subset_input_set_flags(input, NoHinting | RetainGlyphIds);
            var subset = hb_subset_or_fail(face.HarfBuzzFace.Handle, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException("Font subsetting failed.");
            }

            var blob = hb_face_reference_blob(subset);
            try
            {
                var data = hb_blob_get_data(blob, out var length);
                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally
            {
                hb_blob_destroy(blob);
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);
}
