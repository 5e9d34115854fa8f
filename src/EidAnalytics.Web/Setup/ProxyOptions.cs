using System.ComponentModel.DataAnnotations;
using System.Net;

namespace EidAnalytics.Web.Setup;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (section
/// Eid:ForwardedHeaders). Behind a TLS-terminating proxy the service needs them to know a request
/// came over HTTPS (Secure cookies, HSTS) and from which client (sign-in limits, the audit log);
/// from anyone else they would let a client choose its own address, so none is trusted by default.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Eid:ForwardedHeaders";

    /// <summary>Addresses of the proxies, such as <c>10.0.0.5</c>. Blank entries (an unset variable in docker-compose.yml) are ignored.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, such as <c>172.16.0.0/12</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public IEnumerable<string> Proxies => KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim());

    public IEnumerable<string> Networks => KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim());

    public bool Any => Proxies.Any() || Networks.Any();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Proxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => new ValidationResult($"{Section}:KnownProxies: '{p}' is not an IP address"))
            .Concat(Networks.Where(n => !IPNetwork.TryParse(n, out _))
                .Select(n => new ValidationResult($"{Section}:KnownNetworks: '{n}' is not a network in CIDR notation, such as 10.0.0.0/8")));
}
