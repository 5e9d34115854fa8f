using EidAnalytics.Web.Features.Disclosure;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Reference;

/// <summary>
/// Loads <see cref="ReferenceOptions.OrganisationsFile"/> before the service takes requests, and asks for a release
/// at every start, so a change of disclosure settings, or a change whose request a crash lost, is published.
/// </summary>
public sealed class ReferenceDataLoader(IServiceScopeFactory scopes, IOptions<ReferenceOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (options.Value.OrganisationsFile is { Length: > 0 } path)
        {
            await scope.ServiceProvider.GetRequiredService<OrganisationSeeder>().SeedAsync(path, cancellationToken);
        }
        else
        {
            await scope.ServiceProvider.GetRequiredService<ReleaseRefresh>().RequestAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
