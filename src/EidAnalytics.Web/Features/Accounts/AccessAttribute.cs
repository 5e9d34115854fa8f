namespace EidAnalytics.Web.Features.Accounts;

/// <summary>Declares an endpoint's <see cref="Access"/> (on a page model class).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AccessAttribute(Access rule) : Attribute
{
    public Access Rule { get; } = rule;
}
