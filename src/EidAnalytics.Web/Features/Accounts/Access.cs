using Microsoft.AspNetCore.Authorization;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>
/// Who may call an endpoint. Every page and API endpoint declares one (a test of every endpoint in
/// the app fails on any that does not); <see cref="AccessConventions.Apply"/> turns it into the
/// authorization policy of the same name. Which organisation's data a caller then sees is the
/// <see cref="Data.OrganisationScope"/>'s business, not the route's.
/// </summary>
public enum Access
{
    /// <summary>No sign-in: the sign-in page, health, errors, static start-up status.</summary>
    Anyone,

    /// <summary>Any signed-in account: the start page, disclosure-controlled comparisons.</summary>
    SignedIn,

    /// <summary>An uploader or viewer of an organisation: its dashboard, uploads, briefings.</summary>
    OrganisationMember,

    /// <summary>An uploader of an organisation: uploading, mapping its files.</summary>
    OrganisationUploader,

    /// <summary>An organisation's uploader or an administrator: managing API tokens.</summary>
    TokenManager,

    /// <summary>An API token: uploading an extract (council systems).</summary>
    UploadToken,

    /// <summary>An API token or a member of the organisation: following an upload.</summary>
    UploadStatus,

    /// <summary>An administrator.</summary>
    Admin,
}

/// <summary>Declares an endpoint's <see cref="Access"/> (on a page model class).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AccessAttribute(Access rule) : Attribute
{
    public Access Rule { get; } = rule;
}

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
