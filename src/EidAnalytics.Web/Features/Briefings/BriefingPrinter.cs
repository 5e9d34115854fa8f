using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Features.Briefings;

/// <summary>
/// Prints HTML to a tagged A4 PDF with Debian's Chromium through Playwright. One browser and one
/// context (JavaScript off) serve every render: starting a browser costs about a second and a
/// context tens of milliseconds, so pages are kept and reused, one render at a time each, and
/// several renders (the job pool's) print in parallel. The stylesheets are read from wwwroot once
/// and served from memory. A browser that has crashed or disconnected is replaced, with its pages,
/// on the next render.
/// </summary>
public sealed partial class BriefingPrinter(
    IOptions<BriefingOptions> options,
    IWebHostEnvironment environment,
    ILogger<BriefingPrinter> logger) : IAsyncDisposable
{
    /// <summary>Pages load from this made-up origin; requests to it are answered from memory, so nothing leaves the machine.</summary>
    public const string Origin = "http://briefing.eid.invalid";

    private const string DocumentPath = "/document/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly SemaphoreSlim _browserLock = new(1, 1);
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StaticAsset?> _assets = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<IPage> _idlePages = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;

    public async Task<PrintedPdf> PrintAsync(string html, CancellationToken cancellationToken)
    {
        var page = await TakePageAsync(cancellationToken);
        var id = Guid.NewGuid().ToString("N");
        _documents[id] = html;
        var printed = false;
        try
        {
            var timeout = (float)options.Value.RenderTimeout.TotalMilliseconds;
            await page.GotoAsync(Origin + DocumentPath + id, new() { WaitUntil = WaitUntilState.Load, Timeout = timeout }).WaitAsync(cancellationToken);
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
            printed = true;
            return new PrintedPdf(pdf, PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf)));
        }
        finally
        {
            _documents.TryRemove(id, out _);
            await ReturnPageAsync(page, printed);
        }
    }

    /// <summary>An idle page of the current browser, or a new one; pages of a browser that has gone are dropped.</summary>
    private async Task<IPage> TakePageAsync(CancellationToken cancellationToken)
    {
        var context = await ContextAsync(cancellationToken);
        while (_idlePages.TryTake(out var idle))
        {
            if (idle.Context == context && !idle.IsClosed)
            {
                return idle;
            }
        }
        return await context.NewPageAsync();
    }

    /// <summary>A page that printed goes back to the pool; one that failed (timed out, cancelled, crashed) is closed.</summary>
    private async Task ReturnPageAsync(IPage page, bool printed)
    {
        if (printed && page.Context == _context && !page.IsClosed)
        {
            _idlePages.Add(page);
            return;
        }
        try
        {
            await page.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The browser is already gone; the next render starts another.
        }
    }

    private async Task FulfilAsync(IRoute route)
    {
        var path = new Uri(route.Request.Url).AbsolutePath;
        if (path.StartsWith(DocumentPath, StringComparison.Ordinal))
        {
            await route.FulfillAsync(_documents.TryGetValue(path[DocumentPath.Length..], out var html)
                ? new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }
                : new() { Status = 404 });
            return;
        }
        await route.FulfillAsync(_assets.GetOrAdd(path, ReadAsset) is { } asset
            ? new() { Status = 200, ContentType = asset.ContentType, BodyBytes = asset.Bytes }
            : new() { Status = 404 });
    }

    private sealed record StaticAsset(string ContentType, byte[] Bytes);

    /// <summary>A file of wwwroot, read once (null when there is none): the stylesheets change only with a deployment.</summary>
    private StaticAsset? ReadAsset(string path)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
        {
            return null;
        }
        using var stream = file.CreateReadStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new(ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream", buffer.ToArray());
    }

    /// <summary>The shared context of a connected browser, starting both when there is none.</summary>
    private async Task<IBrowserContext> ContextAsync(CancellationToken cancellationToken)
    {
        await _browserLock.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true } && _context is not null)
            {
                return _context;
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
            _context = await _browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "en-GB" });
            await _context.RouteAsync(Origin + "/**", FulfilAsync);
            return _context;
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
