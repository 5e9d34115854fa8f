using System.Globalization;
using System.Threading.RateLimiting;
using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace EidAnalytics.Web.Features.Accounts;

public static class AccountsFeature
{
    public const string SignInLimit = "sign-in";
    public const string UploadLimit = "uploads";

    /// <summary>
    /// Identity accounts with cookies for people, bearer tokens for council systems, one policy per
    /// <see cref="Access"/> rule, the organisation scope decided from claims, rate limits, the audit
    /// log, and the accounts made at start-up.
    /// </summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped(ScopeFromClaims.For);

        services.AddIdentityCore<EidUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                // NCSC: length and a deny-list (PasswordPolicy), no composition rules.
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                // Wrong passwords never lock an account (anyone could lock anyone out): SignInThrottle
                // slows them per account and address instead. Lockout is only how an administrator
                // disables an account.
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<EidDbContext>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<EidClaimsFactory>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, cookie =>
            {
                cookie.LoginPath = "/account/sign-in";
                cookie.LogoutPath = "/account/sign-out";
                cookie.AccessDeniedPath = "/error/403";
                cookie.Cookie.Name = "eid.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                // Every request checks the account's security stamp, so a session ends on the server.
                cookie.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
                // An API caller gets a status code, not a redirect to a sign-in page.
                cookie.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddScoped<ApiTokenService>();
        services.AddSingleton<SignInThrottle>();
        services.AddOptions<ApiTokenOptions>().BindConfiguration(ApiTokenOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddAuthorizationBuilder().AddAccessPolicies();
        services.AddScoped<AuditLog>();
        services.AddOptions<AccountSeedingOptions>().BindConfiguration(AccountSeedingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<AccountSeeding>();

        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Guessing passwords: a few tries a minute from one address. Only attempts count, not views
            // of the page, which a whole office behind one address makes many of.
            limiter.AddPolicy(SignInLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("views"));
            // Uploads are heavy: per account or token.
            limiter.AddPolicy(UploadLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.UploadsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }

    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
