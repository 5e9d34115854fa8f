using System.Net;
using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Reference;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Reference;

public sealed class ReferenceDataTests(EidApp app) : IClassFixture<EidApp>
{
    private HttpClient _client = null!;

    [Fact]
    public async Task The_reference_list_adds_organisations_and_refreshes_them_but_never_overwrites_an_admin_edit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"organisations-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "code,name,type,region,it_team_size,workforce_size\nE07000931,Fenside District,district,East of England,40,900\nE07000932,Marsh District,district,East of England,,\n");
        await SeedAsync(path);
        await using (var db = app.CreateDbContext())
        {
            await db.Organisations.Where(o => o.Code == "E07000932").ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, "Marsh (edited)").SetProperty(o => o.EditedByAdmin, true));
        }

        await File.WriteAllTextAsync(path, "code,name,type,region,it_team_size,workforce_size\nE07000931,Fenside District Council,district,East of England,42,950\nE07000932,Marsh District,unitary,London,,\n");
        await SeedAsync(path);

        await using var check = app.CreateDbContext();
        var fenside = await check.Organisations.SingleAsync(o => o.Code == "E07000931");
        var marsh = await check.Organisations.SingleAsync(o => o.Code == "E07000932");
        Assert.Equal(("Fenside District Council", "district", "East of England", 42, 950), (fenside.Name, fenside.Type, fenside.Region, fenside.ItTeamSize, fenside.WorkforceSize));
        Assert.Equal(("Marsh (edited)", "district"), (marsh.Name, marsh.Type));
        File.Delete(path);
    }

    [Fact]
    public async Task An_admin_edits_an_organisation_through_the_form_and_bad_values_are_reported()
    {
        await app.AddOrganisationAsync("E06000933", "Form Council");
        _client = await app.SignedInClientAsync(Roles.Admin);
        var form = await _client.GetStringAsync("/admin/organisations/edit/E06000933");
        var token = new HtmlParser().ParseDocument(form).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var bad = await PostAsync("/admin/organisations/edit/E06000933", token, ("Name", "Form Council"), ("Type", "unitary"), ("Region", "Atlantis"), ("ItTeamSize", "many"), ("WorkforceSize", ""));
        using var good = await PostAsync("/admin/organisations/edit/E06000933", token, ("Name", "Form Council"), ("Type", "unitary"), ("Region", "North West"), ("ItTeamSize", "48"), ("WorkforceSize", "3100"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problems = await bad.Content.ReadAsStringAsync();
        Assert.Contains("is not an English region or a UK nation", problems);
        Assert.Contains("is not a whole number of people", problems);
        Assert.True(good.IsSuccessStatusCode);
        Assert.Equal("/admin/organisations", good.RequestMessage!.RequestUri!.AbsolutePath);
        await using var db = app.CreateDbContext();
        var organisation = await db.Organisations.SingleAsync(o => o.Code == "E06000933");
        Assert.Equal(("unitary", "North West", 48, 3100, true), (organisation.Type, organisation.Region, organisation.ItTeamSize, organisation.WorkforceSize, organisation.EditedByAdmin));
    }

    private async Task SeedAsync(string path)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OrganisationSeeder>().SeedAsync(path, CancellationToken.None);
    }

    private async Task<HttpResponseMessage> PostAsync(string address, string token, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await _client.PostAsync(address, content);
    }
}
