using Microsoft.AspNetCore.Authorization;

namespace EidAnalytics.Web.Features.Accounts;

public static class AccessConventions
{
    /// <summary>Declares a minimal API endpoint's or group's access rule.</summary>
    public static TBuilder WithAccess<TBuilder>(this TBuilder builder, Access rule) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new AccessAttribute(rule));
        builder.Add(Apply);
        return builder;
    }

    /// <summary>Turns the endpoint's declared access into authorization metadata (anonymous, or the rule's policy).</summary>
    public static void Apply(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<AccessAttribute>().LastOrDefault() is not { } access)
        {
            return; // the fallback policy (signed in) applies, and the endpoint test reports it
        }
        endpoint.Metadata.Add(access.Rule == Access.Anyone ? new AllowAnonymousAttribute() : new AuthorizeAttribute(PolicyName(access.Rule)));
    }

    public static string PolicyName(Access rule) => rule.ToString();
}
