using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EidAnalytics.Web.Data;

public static class SaveOnce
{
    /// <summary>
    /// Saves a newly rendered document keyed by its request. When another node stored the same request
    /// meanwhile (the unique request key is taken), its copy stands and its id is returned instead of
    /// <paramref name="id"/>, so a retried or duplicated job never stores a second copy.
    /// </summary>
    public static async Task<Guid> SaveOrTakeStoredAsync(this EidDbContext db, Guid id, IQueryable<Guid> storedForRequest, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return id;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return await storedForRequest.FirstAsync(cancellationToken);
        }
    }
}
