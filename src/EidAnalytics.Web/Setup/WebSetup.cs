using System.Text.Json;
using EidAnalytics.Web.Features.Uploads;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EidAnalytics.Web.Setup;

public static class WebSetup
{
    /// <summary>Multipart and framing overhead allowed on top of the largest accepted file.</summary>
    private const long RequestOverheadBytes = 64 * 1024;

    /// <summary>Razor Pages from Features/, JSON APIs in snake_case, OpenAPI, problem details and request limits.</summary>
    public static WebApplicationBuilder AddEidWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Features");
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);

        var maxBytes = builder.Configuration.GetSection(UploadOptions.Section).Get<UploadOptions>()?.MaxBytes ?? new UploadOptions().MaxBytes;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBytes + RequestOverheadBytes);
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxBytes + RequestOverheadBytes);
        return builder;
    }

    public static WebApplication UseEidWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary><c>/health</c>: the database and the job scheduler, as JSON.</summary>
    public static WebApplication MapEidHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        app.MapOpenApi();
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
