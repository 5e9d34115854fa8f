namespace EidAnalytics.Web.Setup;

/// <summary>
/// Headers every response carries: a content security policy that allows no inline script and no
/// framing, no MIME sniffing, and no referrer beyond the origin; and, on everything the service
/// answers itself (pages, downloads, API), <c>Cache-Control: no-store</c>, so no browser or proxy
/// keeps a council's figures, problem reports or briefings.
/// </summary>
/// <remarks>
/// The headers are written as the response starts, not as the request arrives: the exception handler
/// clears every header before it renders the error page, and a 500 must be as well guarded as a 200.
/// Static files are served before routing, so they have no endpoint and stay cacheable.
/// </remarks>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (context.GetEndpoint() is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>
    /// The service answers GET, HEAD and POST only. Anything else (TRACE, PUT, DELETE, …) gets 405
    /// before it reaches a page, which would otherwise fail on a method it was never written for.
    /// </summary>
    public static IApplicationBuilder UseKnownMethodsOnly(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsPost(context.Request.Method))
            {
                return next(context);
            }
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD, POST";
            return Task.CompletedTask;
        });
}
