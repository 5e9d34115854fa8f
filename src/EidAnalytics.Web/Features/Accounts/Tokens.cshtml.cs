using System.Security.Claims;
using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>An organisation's API tokens: created (shown once) and revoked by its uploaders or an administrator.</summary>
[Access(Access.TokenManager)]
public sealed class TokensModel(EidDbContext db, ApiTokenService tokens, AuditLog audit, TimeProvider clock, Microsoft.Extensions.Options.IOptions<ApiTokenOptions> options) : PageModel
{
    public DateTimeOffset Now { get; } = clock.GetUtcNow();
    public int LifetimeMonths { get; } = options.Value.LifetimeMonths;
    public string Name { get; private set; } = "";
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];
    public string? NewSecret { get; private set; }
    public string? Error { get; private set; }

    [BindProperty] public string? TokenName { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostCreateAsync(string code, CancellationToken cancellationToken)
    {
        if (await OrganisationAsync(code, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(TokenName))
        {
            Error = "Enter what the token is for";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            var userId = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
            var (token, secret) = await tokens.CreateAsync(organisation.Id, TokenName.Trim(), userId, cancellationToken);
            await audit.RecordAsync(AuditActions.TokenCreated, $"token {token.Id}", code, TokenName.Trim(), cancellationToken);
            NewSecret = secret;
        }
        await LoadAsync(code, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string code, Guid id, CancellationToken cancellationToken)
    {
        if (await OrganisationAsync(code, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }
        if (!await tokens.RevokeAsync(organisation.Id, id, cancellationToken))
        {
            return NotFound();
        }
        await audit.RecordAsync(AuditActions.TokenRevoked, $"token {id}", code, cancellationToken: cancellationToken);
        return RedirectToPage(new { code });
    }

    /// <summary>
    /// An uploader manages only its own organisation's tokens; an administrator any organisation's.
    /// Anyone else's organisation answers 404, as if it did not exist.
    /// </summary>
    private async Task<Organisation?> OrganisationAsync(string code, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Admin) && User.FindFirstValue(EidClaims.OrganisationCode) != code)
        {
            return null;
        }
        return await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, cancellationToken);
    }

    private async Task<Organisation?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var organisation = await OrganisationAsync(code, cancellationToken);
        if (organisation is not null)
        {
            Name = organisation.Name;
            Tokens = await db.ApiTokens.IgnoreQueryFilters().AsNoTracking()
                .Where(t => t.OrganisationId == organisation.Id)
                .OrderByDescending(t => t.CreatedAt)
                .ToListAsync(cancellationToken);
        }
        return organisation;
    }
}
