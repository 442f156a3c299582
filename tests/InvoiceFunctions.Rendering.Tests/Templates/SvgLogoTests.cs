using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using InvoiceFunctions.Rendering.Templates;
using InvoiceFunctions.Rendering.Tests.Support;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Tests.Templates;

/// <summary>SVG logos drawn as vectors into the logo box, and hostile SVG refused or drawn without fetching or blowing memory.</summary>
public sealed class SvgLogoTests
{
    [Fact]
    public void Render_SvgLogo_VectorsNoRasterScaledIntoTheLogoBox()
    {
        var pdf = Render(TestImages.LogoSvg());

        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            Assert.Empty(document.GetPage(1).GetImages());
        }

        // 120 x 40 units into the 150 x 55 pt box at (42, 40): scale 1.25, so the red square is x 42-92, y 40-90 pt.
        using var page = PageImage.At72Dpi(pdf);
        Assert.Equal(new SKColor(0xC0, 0x39, 0x2B), Opaque(page.GetPixel(67, 65)));
        Assert.Equal(new SKColor(0x33, 0x33, 0x33), Opaque(page.GetPixel(145, 65)));
        Assert.Equal(SKColors.White, Opaque(page.GetPixel(195, 65)));
        Assert.InRange(pdf.Length, 1000, 60 * 1024);
    }

    [Fact]
    public void Load_ExternalReferences_RefusedAndNothingFetched()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/logo.png";
        string[] hostile =
        [
            $"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image xlink:href="{url}" width="10" height="10"/></svg>""",
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="{url}" width="10" height="10"/></svg>""",
            """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><use href="file:///etc/passwd#x"/></svg>""",
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" style="fill: url('{url}#p')"/></svg>""",
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><style>@import "{url}";</style><rect width="10" height="10"/></svg>""",
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="url({url})"/></svg>""",
            """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&c;</text></svg>""",
            """<!DOCTYPE svg SYSTEM "http://127.0.0.1:9/svg.dtd"><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>""",
            """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://127.0.0.1:9/"/></foreignObject></svg>""",
            """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>fetch('http://127.0.0.1:9/')</script></svg>""",
        ];

        foreach (var svg in hostile)
        {
            var bytes = Encoding.UTF8.GetBytes(svg);
            Assert.Equal(LogoFormat.Svg, LogoImage.Sniff(bytes));
            Assert.NotNull(LogoImage.Problem(bytes));
            Assert.Throws<RenderingException>(() => Render(bytes));
        }

        Thread.Sleep(200);
        Assert.False(listener.Pending(), "The renderer connected to the URL an SVG named.");
    }

    [Fact]
    public void Render_HugeDeclaredSizeAndPatterns_DrawnScaledDownWithBoundedTimeAndMemory()
    {
        // 10^8 units a side, a pattern tile and a gradient as large: a rasterising renderer would need petabytes.
        const string huge = """
            <svg xmlns="http://www.w3.org/2000/svg" width="100000000" height="40000000" viewBox="0 0 100000000 40000000">
              <defs>
                <pattern id="p" width="50000000" height="20000000" patternUnits="userSpaceOnUse"><rect width="25000000" height="10000000" fill="#C0392B"/></pattern>
                <linearGradient id="g" x1="0" x2="1"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#333"/></linearGradient>
              </defs>
              <rect width="100000000" height="20000000" fill="url(#p)"/>
              <rect y="20000000" width="100000000" height="20000000" fill="url(#g)"/>
            </svg>
            """;
        var before = Process.GetCurrentProcess().WorkingSet64;
        var clock = Stopwatch.StartNew();

        var pdf = Render(Encoding.UTF8.GetBytes(huge));

        clock.Stop();
        var grown = Process.GetCurrentProcess().WorkingSet64 - before;
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.InRange(grown, long.MinValue, 256L * 1024 * 1024);
        Assert.InRange(pdf.Length, 1000, 200 * 1024);
        // Scaled by 1.4e-6 the pattern's matrix is at the limit of PDF number precision (poppler may call it
        // singular and leave it out); what matters here is that drawing it took neither time nor memory.
        using var page = PageImage.At72Dpi(pdf);
        Assert.Equal(596, page.Width);
    }

    [Fact]
    public void Load_NotWellFormed_Refused()
    {
        Assert.NotNull(LogoImage.Problem("""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect></svg>"""u8));
        Assert.NotNull(LogoImage.Problem("""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">"""u8));
    }

    private static byte[] Render(byte[] logo) =>
        InvoicePdfRenderer.Render(SampleInvoices.Invoice(1), new RenderOptions { Template = new CompanyTemplate { Logo = logo } });

    private static SKColor Opaque(SKColor color) => color.WithAlpha(0xFF);
}
