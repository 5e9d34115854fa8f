using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Briefings;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>Everything one council owns, by id: what another council's users must never reach.</summary>
public sealed record CouncilData(
    string Code,
    long OrganisationId,
    Guid LoadedUpload,
    Guid FailedUpload,
    Guid WaitingUpload,
    long Dataset,
    Guid Briefing,
    Guid Token,
    string TokenSecret,
    TestAccount Uploader,
    TestAccount Viewer)
{
    /// <summary>The council's saved mapping profile.</summary>
    public string ProfileName => $"profile-{Code.ToLowerInvariant()}";
}

/// <summary>
/// Two councils, A and B, each with a loaded upload, a rejected one, one waiting for the mapping
/// wizard, a dataset, a briefing, a saved mapping profile, an API token and an uploader and viewer;
/// plus policy, researcher and administrator accounts.
/// </summary>
public sealed class TwoCouncilsApp : EidApp
{
    public CouncilData A { get; private set; } = null!;
    public CouncilData B { get; private set; } = null!;
    public TestAccount Policy { get; private set; } = null!;
    public TestAccount Researcher { get; private set; } = null!;
    public TestAccount Admin { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        A = await CouncilAsync("E09000701", "Council A");
        B = await CouncilAsync("E09000702", "Council B");
        Policy = await this.CreateAsync(Roles.Policy);
        Researcher = await this.CreateAsync(Roles.Researcher);
        Admin = await this.CreateAsync(Roles.Admin);
    }

    private async Task<CouncilData> CouncilAsync(string code, string name)
    {
        var organisation = await AddOrganisationAsync(code, name);
        var secret = await this.CreateTokenAsync(code);
        var api = CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        var loaded = await Extracts.UploadAsync(api, code, Extracts.ItTeam(code, 4, 12, refPrefix: $"{code}-"));
        var failed = await Extracts.UploadAsync(api, code, Extracts.ItTeam(code, 1, 3).Replace(",it,3,", ",it,9,"));
        using var waiting = await Extracts.PostAsync(api, code, Encoding.UTF8.GetBytes("Who,Sex,Grade\nX1,F,3\n"), "odd.csv");
        var waitingId = (await waiting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await using var scope = Services.CreateAsyncScope();
        var briefing = await scope.ServiceProvider.GetRequiredService<BriefingService>().RenderAsync(code, null, $"security:{code}", CancellationToken.None);
        await using var db = CreateDbContext();
        var profile = BuiltInProfiles.All[0] with { Name = $"profile-{code.ToLowerInvariant()}", Title = $"{name} own layout" };
        db.OrganisationProfiles.Add(new EidAnalytics.Web.Data.OrganisationProfile { OrganisationId = organisation.Id, Name = profile.Name, Document = MappingProfileJson.Write(profile) });
        await db.SaveChangesAsync();
        var token = await db.ApiTokens.Where(t => t.OrganisationId == organisation.Id).Select(t => t.Id).SingleAsync();
        return new CouncilData(
            code,
            organisation.Id,
            loaded.GetProperty("id").GetGuid(),
            failed.GetProperty("id").GetGuid(),
            waitingId,
            loaded.GetProperty("dataset").GetProperty("id").GetInt64(),
            briefing!.Value,
            token,
            secret,
            await this.CreateAsync(Roles.Uploader, code),
            await this.CreateAsync(Roles.Viewer, code));
    }
}
