using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Features.Briefings;

/// <summary>A printed briefing: the PDF and its page count.</summary>
public sealed record PrintedPdf(byte[] Bytes, int PageCount);

/// <summary>
/// Prints HTML to a tagged A4 PDF with Debian's Chromium through Playwright. One browser serves
/// every render (starting one costs about a second); each render gets its own page, and a browser
/// that has crashed or disconnected is replaced on the next render.
/// </summary>
public sealed partial class BriefingPrinter(
    IOptions<BriefingOptions> options,
    IWebHostEnvironment environment,
    ILogger<BriefingPrinter> logger) : IAsyncDisposable
{
    /// <summary>Pages load from this made-up origin; requests to it are answered from wwwroot, so nothing leaves the machine.</summary>
    public const string Origin = "http://briefing.eid.invalid";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly SemaphoreSlim _browserLock = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<PrintedPdf> PrintAsync(string html, CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync(cancellationToken);
        await using var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.RouteAsync(Origin + "/**", route => FulfilAsync(route, html));
        var timeout = (float)options.Value.RenderTimeout.TotalMilliseconds;
        await page.GotoAsync(Origin + "/", new() { WaitUntil = WaitUntilState.Load, Timeout = timeout }).WaitAsync(cancellationToken);
        var pdf = await page.PdfAsync(new()
        {
            Format = "A4",
            Tagged = true,
            Outline = true,
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = "<div style=\"font-size:9px;width:100%;text-align:center;font-family:Arial,sans-serif\">Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></div>",
            Margin = new() { Top = "15mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
        }).WaitAsync(cancellationToken);
        return new PrintedPdf(pdf, PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf)));
    }

    private async Task FulfilAsync(IRoute route, string html)
    {
        var path = new Uri(route.Request.Url).AbsolutePath;
        if (path == "/")
        {
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = html });
            return;
        }
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
        {
            await route.FulfillAsync(new() { Status = 404 });
            return;
        }
        await using var stream = file.CreateReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        await route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream",
            BodyBytes = buffer.ToArray(),
        });
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        await _browserLock.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }
            if (_browser is not null)
            {
                logger.LogWarning("Chromium disconnected; starting a new browser");
                await _browser.DisposeAsync();
            }
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = options.Value.ChromiumPath,
                Headless = true,
                // The machine has no network beyond its registries: Chromium's background
                // services would only fail, and the sandbox needs privileges a service lacks.
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                ],
            });
            return _browser;
        }
        finally
        {
            _browserLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _browserLock.Dispose();
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();
}
