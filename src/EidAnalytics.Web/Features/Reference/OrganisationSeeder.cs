using EidAnalytics.Core.Organisations;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Disclosure;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Reference;

/// <summary>
/// Loads an organisation reference list: new codes are added, and organisations no admin has edited take the
/// list's name, type, region and sizes, so a corrected list flows through on the next start. An admin's edit
/// is never overwritten. A list with any problem loads nothing.
/// </summary>
public sealed class OrganisationSeeder(EidDbContext db, ReleaseRefresh releases, ILogger<OrganisationSeeder> logger)
{
    public async Task<IReadOnlyList<string>> SeedAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var (entries, problems) = OrganisationRegister.Parse(file);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{path}: " + string.Join("; ", problems.Select(p => $"row {p.Row} {p.Column}: {p.Reason}")));
        }
        var known = await db.Organisations.ToDictionaryAsync(o => o.Code, cancellationToken);
        foreach (var entry in entries)
        {
            if (!known.TryGetValue(entry.Code, out var organisation))
            {
                organisation = new Organisation { Code = entry.Code, Name = entry.Name };
                db.Organisations.Add(organisation);
            }
            else if (organisation.EditedByAdmin)
            {
                continue;
            }
            Apply(organisation, entry);
        }
        await db.SaveChangesAsync(cancellationToken);
        // Groups (regions, types) are built from the list.
        await releases.RequestAsync(cancellationToken);
        logger.LogInformation("Organisation reference list {Path}: {Count} organisations", path, entries.Count);
        return entries.Select(e => e.Code).ToList();
    }

    public static void Apply(Organisation organisation, OrganisationEntry entry)
    {
        organisation.Name = entry.Name;
        organisation.Type = entry.Type;
        organisation.Region = entry.Region;
        organisation.ItTeamSize = entry.ItTeamSize;
        organisation.WorkforceSize = entry.WorkforceSize;
    }
}
