using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Tests.Comparisons;

/// <summary>Small sets of councils with reference data and one loaded extract each, for the comparison tests.</summary>
internal static class Councils
{
    /// <summary>(code, name, women, men): the first is the three-person team every comparison must hide.</summary>
    public static readonly (string Code, string Name, int Women, int Men)[] WithATinyTeam =
    [
        ("E06000901", "Tiny Team Council", 1, 2),
        ("E06000902", "Alder Council", 12, 52),
        ("E06000903", "Birch Council", 15, 60),
        ("E06000904", "Cedar Council", 9, 31),
        ("E06000905", "Damson Council", 20, 70),
    ];

    public static async Task AddAsync(EidApp app, IEnumerable<(string Code, string Name, int Women, int Men)> councils)
    {
        foreach (var (code, name, women, men) in councils)
        {
            // xunit builds the test class once per test, and the app (with its database) once per class.
            await using (var existing = app.CreateDbContext())
            {
                if (await existing.Organisations.AnyAsync(o => o.Code == code))
                {
                    continue;
                }
            }
            await app.AddOrganisationAsync(code, name);
            await using (var db = app.CreateDbContext())
            {
                await db.Organisations.Where(o => o.Code == code).ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.Type, "unitary")
                    .SetProperty(o => o.Region, "South West")
                    .SetProperty(o => o.ItTeamSize, women + men)
                    .SetProperty(o => o.WorkforceSize, 40 * (women + men)));
            }
            var upload = await Extracts.UploadAsync(await app.ApiClientAsync(code), code, Extracts.ItTeam(code, women, men));
            Assert.Equal("loaded", upload.GetProperty("status").GetString());
        }
        await app.RefreshReleasesAsync();
    }
}
