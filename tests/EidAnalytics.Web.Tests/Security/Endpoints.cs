using System.Text.RegularExpressions;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>One way to call an endpoint of the app: a method, a page handler, and the rule that guards it.</summary>
public sealed record EndpointCall(RouteEndpoint Endpoint, string Method, string? Handler, Access? Rule)
{
    public string Pattern => "/" + Endpoint.RoutePattern.RawText!.TrimStart('/');

    /// <summary>Whether the route names one organisation's data (a code or an id), so that "own" and "other" differ.</summary>
    public bool IsOrganisationSpecific =>
        !Pattern.StartsWith("/error", StringComparison.Ordinal)
        && Endpoint.RoutePattern.Parameters.Any(p => p.Name == "code" || (p.Name == "id" && !Pattern.StartsWith("/admin/", StringComparison.Ordinal)));

    public override string ToString() => $"{Method} {Pattern}{(Handler is null ? "" : $"?handler={Handler}")}";
}

/// <summary>Every endpoint the app maps, found at run time, so a new one cannot escape the access tests.</summary>
public static partial class Endpoints
{
    public static IReadOnlyList<EndpointCall> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(CallsOf)
            .OrderBy(c => c.ToString(), StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<EndpointCall> CallsOf(RouteEndpoint endpoint)
    {
        var rule = endpoint.Metadata.GetMetadata<AccessAttribute>()?.Rule;
        if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
        {
            // A page answers GET, and POST for each OnPost handler.
            yield return new EndpointCall(endpoint, "GET", null, rule);
            foreach (var handler in page.HandlerMethods.Where(h => h.HttpMethod == "Post"))
            {
                yield return new EndpointCall(endpoint, "POST", handler.Name, rule);
            }
            yield break;
        }
        foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
        {
            yield return new EndpointCall(endpoint, method, null, rule);
        }
    }

    /// <summary>The URL to call for a council, or why the test cannot make one (a new kind of route parameter).</summary>
    public static string Url(EndpointCall call, CouncilData council)
    {
        var url = RouteParameter().Replace(call.Pattern, match => match.Groups[1].Value switch
        {
            "code" when call.Pattern.StartsWith("/error", StringComparison.Ordinal) => "404",
            "code" => council.Code,
            "id" when call.Pattern.StartsWith("/uploads/{id:guid}/mapping", StringComparison.Ordinal) => council.WaitingUpload.ToString(),
            "id" when call.Pattern.StartsWith("/uploads/", StringComparison.Ordinal) => council.FailedUpload.ToString(),
            "id" when call.Pattern.StartsWith("/api/extracts/", StringComparison.Ordinal) => council.LoadedUpload.ToString(),
            "id" when call.Pattern.StartsWith("/briefings/", StringComparison.Ordinal) => council.Briefing.ToString(),
            "id" when call.Pattern.StartsWith("/admin/users/", StringComparison.Ordinal) => council.Uploader.Id.ToString(),
            "id" when call.Pattern.StartsWith("/benchmark-reports/", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
            "scope" => "national",
            "key" => "all",
            "documentName" => "v1",
            "path" when call.Pattern.StartsWith("/admin/jobs/", StringComparison.Ordinal) => "recurring",
            _ => throw new InvalidOperationException($"The access tests do not know what to put in {match.Value} of {call}: teach Endpoints.Url."),
        });
        var query = new List<string>();
        if (call.Handler is not null)
        {
            query.Add($"handler={call.Handler}");
        }
        if (call.Pattern.EndsWith("/tokens", StringComparison.Ordinal) && call.Handler == "Revoke")
        {
            query.Add($"id={council.Token}");
        }
        if (call.Pattern.EndsWith("/profiles", StringComparison.Ordinal) && call.Handler == "Delete")
        {
            query.Add($"name={council.ProfileName}");
        }
        if (call.Pattern == "/organisations/{code}" && call.Method == "GET")
        {
            query.Add($"dataset={council.Dataset}");
        }
        return query.Count == 0 ? url : $"{url}?{string.Join('&', query)}";
    }

    [GeneratedRegex(@"\{\*{0,2}(\w+)(?::[^}?]*)?\??\}")]
    private static partial Regex RouteParameter();
}
