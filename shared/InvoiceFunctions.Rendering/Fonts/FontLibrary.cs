using System.Collections.Concurrent;

namespace InvoiceFunctions.Rendering.Fonts;

/// <summary>The bundled fonts, read from the assembly's resources once; rendering never touches system fonts.</summary>
internal static class FontLibrary
{
    private static readonly ConcurrentDictionary<(BundledFont, bool), FontFace> Faces = new();

    public static FontFace Get(BundledFont font, bool bold) => Faces.GetOrAdd((font, bold), Load);

    private static FontFace Load((BundledFont Font, bool Bold) key)
    {
        var family = key.Font switch
        {
            BundledFont.LiberationSerif => "LiberationSerif",
            _ => "LiberationSans",
        };
        var name = $"Fonts.{family}-{(key.Bold ? "Bold" : "Regular")}.ttf";
        var postScriptName = key.Bold ? $"{family}-Bold" : family;
        using var stream = typeof(FontLibrary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing bundled font resource {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new FontFace(copy.ToArray(), postScriptName);
    }
}
