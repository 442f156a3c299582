using System.Collections.Concurrent;
using InvoiceFunctions.Rendering.Fonts;

namespace InvoiceFunctions.Rendering.Text;

/// <summary>
/// Strings shaped once for all documents, per font face: labels, legal mentions, company fields, units and VAT rates come
/// back in every invoice. Thread-safe; bounded in entries and in bytes (when either bound is passed the cache starts
/// again empty, a cheap bound that keeps the common strings, since they come back at once). The units are the same
/// HarfBuzz output a document would get by shaping again, so a cached string draws exactly as a fresh one.
/// </summary>
internal static class SharedShapes
{
    private const int MaxEntries = 20_000;

    private const long MaxWeight = 8L * 1024 * 1024;

    /// <summary>Longer strings (notes, long descriptions) are rarely repeated word for word: shaped every time, not kept.</summary>
    private const int MaxLength = 400;

    private static readonly ConcurrentDictionary<(FontFace, string), ShapedUnits> Entries = new();

    private static long weight;

    public static int Count => Entries.Count;

    public static ShapedUnits Get(FontFace face, string text, Func<FontFace, string, ShapedUnits> shape)
    {
        if (Entries.TryGetValue((face, text), out var found))
        {
            return found;
        }

        var made = shape(face, text);
        if (text.Length > MaxLength)
        {
            return made;
        }

        if (Entries.Count >= MaxEntries || Interlocked.Read(ref weight) > MaxWeight)
        {
            Entries.Clear();
            Interlocked.Exchange(ref weight, 0);
        }

        if (Entries.TryAdd((face, text), made))
        {
            Interlocked.Add(ref weight, made.Weight);
        }

        return made;
    }
}
