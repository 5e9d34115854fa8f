using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Mapping;

/// <summary>
/// The mapping profiles an organisation can use: its own, saved in the database, before the built-in
/// ones, so that a council's corrected copy of "itrent" is the one its uploads get.
/// </summary>
public sealed class ProfileCatalogue(EidDbContext db, TimeProvider clock)
{
    /// <summary>The organisation's own profile of that name, else the built-in one; null if neither exists.</summary>
    public async Task<MappingProfile?> FindAsync(long organisationId, string name, CancellationToken cancellationToken)
    {
        var key = name.Trim().ToLowerInvariant();
        var own = await db.OrganisationProfiles.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && p.Name == key)
            .Select(p => p.Document)
            .FirstOrDefaultAsync(cancellationToken);
        return own is not null ? MappingProfileJson.Read(own) : BuiltInProfiles.Find(name);
    }

    /// <summary>Every profile the organisation can use: its own first, then the built-in ones it has not replaced.</summary>
    public async Task<IReadOnlyList<MappingProfile>> ListAsync(long organisationId, CancellationToken cancellationToken)
    {
        var own = (await OwnAsync(organisationId, cancellationToken)).Select(p => p.Profile).ToList();
        return [.. own, .. BuiltInProfiles.All.Where(b => own.TrueForAll(o => o.Name != b.Name))];
    }

    /// <summary>The organisation's own saved profiles, by name, each with its JSON document and when it was last saved.</summary>
    public async Task<IReadOnlyList<SavedProfile>> OwnAsync(long organisationId, CancellationToken cancellationToken)
    {
        var rows = await db.OrganisationProfiles.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Document, p.UpdatedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SavedProfile(MappingProfileJson.Read(r.Document), r.Document, r.UpdatedAt)).ToList();
    }

    /// <summary>Deletes the organisation's own profile of that name; false if it has none. Loaded datasets keep the copy they were read with.</summary>
    public async Task<bool> DeleteAsync(long organisationId, string name, CancellationToken cancellationToken) =>
        await db.OrganisationProfiles.Where(p => p.OrganisationId == organisationId && p.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Saves (or replaces) the organisation's profile of the profile's name.</summary>
    public async Task SaveAsync(long organisationId, MappingProfile profile, CancellationToken cancellationToken)
    {
        var document = MappingProfileJson.Write(profile);
        var row = await db.OrganisationProfiles.FirstOrDefaultAsync(p => p.OrganisationId == organisationId && p.Name == profile.Name, cancellationToken);
        if (row is null)
        {
            db.OrganisationProfiles.Add(new OrganisationProfile
            {
                OrganisationId = organisationId,
                Name = profile.Name,
                Document = document,
                UpdatedAt = clock.GetUtcNow(),
            });
        }
        else
        {
            row.Document = document;
            row.UpdatedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>An organisation's own profile as saved: read, as its JSON document, and when it was last saved.</summary>
public sealed record SavedProfile(MappingProfile Profile, string Document, DateTimeOffset UpdatedAt);
