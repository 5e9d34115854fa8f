using System.Net;
using EidAnalytics.Web.Features.Briefings;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Briefings;

public sealed class BriefingPdfTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task A_briefing_is_a_tagged_A4_pdf_with_the_organisations_name_and_figure()
    {
        await app.AddOrganisationAsync("E09000301", "Pdf & Print Borough");
        var client = await app.UploaderClientAsync("E09000301");
        await Extracts.UploadAsync(client, "E09000301", Extracts.ItTeam("E09000301", women: 12, men: 52));

        var id = await RenderAsync("E09000301", "test:pdf");
        using var response = await client.GetAsync($"/briefings/{id}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("E09000301-2025-03-31-briefing.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        var path = Infrastructure.Browser.ArtifactPath("briefing.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        var info = await Programs.RunAsync("pdfinfo", path);
        Assert.Contains("Tagged:          yes", info);
        Assert.Contains("Title:           Pdf & Print Borough: workforce equality briefing, 31 March 2025", info);
        Assert.Contains("(A4)", info);
        var text = await Programs.RunAsync("pdftotext", "-layout", path, "-");
        Assert.Contains("Pdf & Print Borough", text);
        Assert.Contains("18.8%", text); // 12 / 64
        Assert.Contains("Page 1 of", text);
        Assert.True(File.Exists(Path.Combine(app.ExportDirectory, "E09000301-2025-03-31-briefing.pdf")), "the PDF is also exported");
    }

    [Fact]
    public async Task Rendering_the_same_request_twice_stores_one_briefing()
    {
        await app.AddOrganisationAsync("E09000302", "Once Only Borough");
        var client = await app.UploaderClientAsync("E09000302");
        await Extracts.UploadAsync(client, "E09000302", Extracts.ItTeam("E09000302", 3, 7));

        var first = await RenderAsync("E09000302", "test:twice");
        var second = await RenderAsync("E09000302", "test:twice");

        Assert.Equal(first, second);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.Briefings.CountAsync(b => b.RequestKey == "test:twice"));
    }

    [Fact]
    public async Task The_briefing_page_is_the_html_that_is_printed()
    {
        await app.AddOrganisationAsync("E09000303", "Web Page Borough");
        var client = await app.UploaderClientAsync("E09000303");
        await Extracts.UploadAsync(client, "E09000303", Extracts.ItTeam("E09000303", 1, 3));

        var html = await client.GetStringAsync("/organisations/E09000303/briefing");

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"en-GB\"", html);
        Assert.Contains("Web Page Borough", html);
        Assert.Contains("25.0%", html); // 1 / 4
        Assert.Contains("role=\"img\"", html);
    }

    [Fact]
    public async Task An_organisation_without_data_has_no_briefing_page()
    {
        await app.AddOrganisationAsync("E09000304", "No Data Borough");
        var client = await app.UploaderClientAsync("E09000304");

        using var response = await client.GetAsync("/organisations/E09000304/briefing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Guid> RenderAsync(string code, string requestKey)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<BriefingService>().RenderAsync(code, null, requestKey, CancellationToken.None);
        return id!.Value;
    }
}
