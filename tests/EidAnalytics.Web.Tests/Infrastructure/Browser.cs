using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright, headless, as the service itself uses it.</summary>
public static class Browser
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>Where tests leave screenshots and files for a person to look at (./eid test sets it).</summary>
    public static string ArtifactPath(string name)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("EID_TEST_ARTIFACTS") ?? Path.GetTempPath(), "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}

/// <summary>An <see cref="EidApp"/> on a real socket, for tests that drive a browser.</summary>
public sealed class EidServer : EidApp
{
    protected override bool WithKestrel => true;
}

/// <summary>A test class that drives Chromium against its own server (an <see cref="EidApp"/> on a socket): one browser per class.</summary>
public abstract class BrowserTests<TServer>(TServer app) : IClassFixture<TServer>, IAsyncLifetime
    where TServer : EidApp
{
    private IPlaywright _playwright = null!;

    protected TServer App => app;

    protected IBrowser Chromium { get; private set; } = null!;

    public async Task InitializeAsync() => (_playwright, Chromium) = await Browser.LaunchAsync();

    /// <summary>A page signed in through the sign-in page as a new account with the role (and organisation).</summary>
    protected async Task<IPage> SignedInPageAsync(string role, string? organisationCode = null, BrowserNewPageOptions? options = null)
    {
        var account = await app.CreateAsync(role, organisationCode);
        options ??= new BrowserNewPageOptions();
        options.BaseURL = app.ServerAddress.ToString();
        options.ViewportSize ??= new() { Width = 1200, Height = 900 };
        var page = await Chromium.NewPageAsync(options);
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#email", account.Email);
        await page.FillAsync("#password", account.Password);
        await page.ClickAsync("button:has-text('Sign in')");
        await page.WaitForURLAsync(new Regex("/$"));
        return page;
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}
