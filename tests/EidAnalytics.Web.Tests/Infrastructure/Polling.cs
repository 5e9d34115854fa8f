namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>Waiting for asynchronous work (jobs, other processes) to reach a state, with a deadline.</summary>
public static class Polling
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what}: not within {timeout.TotalSeconds:0} s");
            }
            await Task.Delay(20);
        }
    }

    /// <summary>Like <see cref="UntilAsync"/>, but a failing check (the database restarting) counts as "not yet".</summary>
    public static Task UntilReachableAsync(Func<Task<bool>> condition, TimeSpan timeout, string what) =>
        UntilAsync(async () =>
        {
            try
            {
                return await condition();
            }
            catch (Npgsql.NpgsqlException)
            {
                return false;
            }
        }, timeout, what);
}
