using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>
/// The in-memory test server has no client address; this gives each request the one its
/// <see cref="Header"/> names, as the network would, before the service's own middleware sees it.
/// The addresses tests use are documentation ranges (RFC 5737): values only, never contacted.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }
            return following(context);
        });
        next(app);
    };

    /// <summary>A client whose requests come from <paramref name="address"/>, keeping cookies, not following redirects.</summary>
    public static HttpClient From(EidApp app, string address)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
