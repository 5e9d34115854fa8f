using System.Text.Json;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Uploads;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Setup;

public static class WebSetup
{
    /// <summary>Multipart and framing overhead allowed on top of the largest accepted file.</summary>
    private const long RequestOverheadBytes = 64 * 1024;

    /// <summary>Razor Pages from Features/, JSON APIs in snake_case, OpenAPI, problem details and request limits.</summary>
    public static WebApplicationBuilder AddEidWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Features");
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);

        var maxBytes = builder.Configuration.GetSection(UploadOptions.Section).Get<UploadOptions>()?.MaxBytes ?? new UploadOptions().MaxBytes;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBytes + RequestOverheadBytes);
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxBytes + RequestOverheadBytes);

        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core trusts loopback by default; only the configured proxies are trusted here.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.Proxies)
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
            foreach (var network in proxies.Value.Networks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    public static WebApplication UseEidWeb(this WebApplication app)
    {
        // First, so that everything after sees the client's scheme and address, not the proxy's.
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Any)
        {
            app.UseForwardedHeaders();
        }
        app.UseSecurityHeaders();
        app.UseKnownMethodsOnly();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                // A request the client got wrong — a body over the limit, a form that is not a form —
                // surfaces as an exception while the form is read; it is the client's error, not ours.
                StatusCodeSelector = exception => exception switch
                {
                    BadHttpRequestException badRequest => badRequest.StatusCode,
                    InvalidDataException => StatusCodes.Status400BadRequest,
                    _ => StatusCodes.Status500InternalServerError,
                },
            });
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(RefuseOversizedBodies(app.Services.GetRequiredService<IOptions<UploadOptions>>().Value.MaxBytes + RequestOverheadBytes));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>
    /// A body whose declared length is over the limit is refused with 413 before a byte of it is
    /// read. Kestrel enforces the same limit on bodies that declare no length, as they stream.
    /// </summary>
    private static Func<HttpContext, RequestDelegate, Task> RefuseOversizedBodies(long limit) => (context, next) =>
    {
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        return next(context);
    };

    /// <summary><c>/health</c>: the database and the job scheduler, as JSON.</summary>
    public static WebApplication MapEidHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).WithAccess(Access.Anyone);
        app.MapOpenApi().WithAccess(Access.Anyone);
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}
