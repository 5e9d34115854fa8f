using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EidAnalytics.Web.Data;

/// <summary>
/// The service's database. The schema is owned by the SQL files in Data/Migrations; this model
/// maps onto it (a test checks they agree) and never creates anything itself. Organisation-owned
/// rows are filtered by the <see cref="OrganisationScope"/> the context is created with.
/// </summary>
public sealed class EidDbContext(DbContextOptions<EidDbContext> options, OrganisationScope scope)
    : IdentityDbContext<EidUser, IdentityRole<Guid>, Guid>(options)
{
    /// <summary>A context for the service's own work (jobs, tests arranging data): every organisation.</summary>
    public EidDbContext(DbContextOptions<EidDbContext> options)
        : this(options, OrganisationScope.System)
    {
    }

    // Read by the query filters; EF Core evaluates them per context instance.
    private bool ScopeSeesAll => scope.SeesAll;
    private long? ScopeOrganisationId => scope.OrganisationId;

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Upload> Uploads => Set<Upload>();
    public DbSet<UploadProblem> UploadProblems => Set<UploadProblem>();
    public DbSet<DatasetVersion> DatasetVersions => Set<DatasetVersion>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<DatasetMetric> DatasetMetrics => Set<DatasetMetric>();
    public DbSet<Briefing> Briefings => Set<Briefing>();
    public DbSet<UploadProblemGroup> UploadProblemGroups => Set<UploadProblemGroup>();
    public DbSet<OrganisationProfile> OrganisationProfiles => Set<OrganisationProfile>();
    public DbSet<MappingDraft> MappingDrafts => Set<MappingDraft>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Benchmark> Benchmarks => Set<Benchmark>();
    public DbSet<BenchmarkReport> BenchmarkReports => Set<BenchmarkReport>();
    public DbSet<DatasetCell> DatasetCells => Set<DatasetCell>();
    public DbSet<DatasetFlow> DatasetFlows => Set<DatasetFlow>();
    public DbSet<PublishedFigure> PublishedFigures => Set<PublishedFigure>();
    public DbSet<ReleaseState> ReleaseStates => Set<ReleaseState>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<EidUser>(e =>
        {
            e.ToTable("users");
            e.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId);
        });
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<ApiToken>(e =>
        {
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasQueryFilter(t => ScopeSeesAll || t.OrganisationId == ScopeOrganisationId);
        });
        builder.Entity<AuditEvent>(e => e.Property(a => a.Id).UseIdentityAlwaysColumn());
        ApplyOrganisationScope(builder);

        builder.Entity<Organisation>(e => e.HasIndex(o => o.Code).IsUnique());
        builder.Entity<Upload>(e =>
        {
            e.Property(u => u.Status).HasConversion(SnakeCaseEnum<UploadStatus>());
            e.Property(u => u.ExtractKind).HasConversion(SnakeCaseEnum<ExtractKind>());
            e.Property(u => u.Profile).HasColumnType("jsonb");
            e.HasMany(u => u.Problems).WithOne().HasForeignKey(p => p.UploadId);
            e.HasMany(u => u.ProblemGroups).WithOne().HasForeignKey(p => p.UploadId);
            e.HasOne(u => u.DatasetVersion).WithMany().HasForeignKey(u => u.DatasetVersionId);
        });
        builder.Entity<UploadProblem>(e => e.HasKey(p => new { p.UploadId, p.Ordinal }));
        builder.Entity<UploadProblemGroup>(e => e.HasKey(p => new { p.UploadId, p.Ordinal }));
        builder.Entity<OrganisationProfile>(e =>
        {
            e.ToTable("mapping_profiles");
            e.Property(p => p.Document).HasColumnType("jsonb");
            e.HasIndex(p => new { p.OrganisationId, p.Name }).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId);
        });
        builder.Entity<MappingDraft>(e =>
        {
            e.HasKey(d => d.UploadId);
            e.Property(d => d.Profile).HasColumnType("jsonb");
            e.HasOne<Upload>().WithOne().HasForeignKey<MappingDraft>(d => d.UploadId);
        });
        builder.Entity<DatasetVersion>(e =>
        {
            e.Property(d => d.ExtractKind).HasConversion(SnakeCaseEnum<ExtractKind>());
            e.HasOne<Upload>().WithOne().HasForeignKey<DatasetVersion>(d => d.UploadId);
            e.HasMany(d => d.Metrics).WithOne().HasForeignKey(m => m.DatasetVersionId);
        });
        // No foreign key to its dataset version in the database (migration 0006): loads stay close to a bare COPY.
        builder.Entity<Employee>(e => e.HasNoKey());
        builder.Entity<DatasetMetric>(e =>
        {
            e.ToTable("metric_values");
            e.HasKey(m => new { m.DatasetVersionId, m.Scope, m.MetricId });
        });
        builder.Entity<DatasetFlow>(e =>
        {
            e.HasKey(f => new { f.DatasetVersionId, f.Scope });
            e.HasOne<DatasetVersion>().WithMany().HasForeignKey(f => f.DatasetVersionId);
        });
        builder.Entity<DatasetCell>(e =>
        {
            e.HasKey(c => c.DatasetVersionId);
            e.HasOne<DatasetVersion>().WithOne().HasForeignKey<DatasetCell>(c => c.DatasetVersionId);
        });
        // Published figures are the one table of figures everyone may read: they have been through disclosure control.
        builder.Entity<PublishedFigure>(e => e.HasKey(f => new { f.SnapshotDate, f.IsGroup, f.Area, f.MetricId }));
        builder.Entity<ReleaseState>(e => e.Property(r => r.Id).ValueGeneratedNever());
        builder.Entity<Briefing>(e => e.HasIndex(b => b.RequestKey).IsUnique());
        builder.Entity<Benchmark>(e => e.Property(b => b.CreatedAt).HasDefaultValueSql("now()"));
        builder.Entity<BenchmarkReport>(e => e.HasIndex(r => r.RequestKey).IsUnique());

        ApplySnakeCaseNames(builder);
    }

    /// <summary>Every organisation-owned table is filtered by the scope: directly by its organisation, or through its upload or dataset.</summary>
    private void ApplyOrganisationScope(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Upload>().HasQueryFilter(u => ScopeSeesAll || u.OrganisationId == ScopeOrganisationId);
        modelBuilder.Entity<DatasetVersion>().HasQueryFilter(d => ScopeSeesAll || d.OrganisationId == ScopeOrganisationId);
        modelBuilder.Entity<Briefing>().HasQueryFilter(b => ScopeSeesAll || b.OrganisationId == ScopeOrganisationId);
        modelBuilder.Entity<OrganisationProfile>().HasQueryFilter(p => ScopeSeesAll || p.OrganisationId == ScopeOrganisationId);
        modelBuilder.Entity<UploadProblem>().HasQueryFilter(p =>
            ScopeSeesAll || Uploads.Any(u => u.Id == p.UploadId && u.OrganisationId == ScopeOrganisationId));
        modelBuilder.Entity<UploadProblemGroup>().HasQueryFilter(g =>
            ScopeSeesAll || Uploads.Any(u => u.Id == g.UploadId && u.OrganisationId == ScopeOrganisationId));
        modelBuilder.Entity<MappingDraft>().HasQueryFilter(d =>
            ScopeSeesAll || Uploads.Any(u => u.Id == d.UploadId && u.OrganisationId == ScopeOrganisationId));
        modelBuilder.Entity<Employee>().HasQueryFilter(e =>
            ScopeSeesAll || DatasetVersions.Any(d => d.Id == e.DatasetVersionId && d.OrganisationId == ScopeOrganisationId));
        modelBuilder.Entity<DatasetCell>().HasQueryFilter(c =>
            ScopeSeesAll || DatasetVersions.Any(d => d.Id == c.DatasetVersionId && d.OrganisationId == ScopeOrganisationId));
        modelBuilder.Entity<DatasetFlow>().HasQueryFilter(f =>
            ScopeSeesAll || DatasetVersions.Any(d => d.Id == f.DatasetVersionId && d.OrganisationId == ScopeOrganisationId));
        modelBuilder.Entity<DatasetMetric>().HasQueryFilter(m =>
            ScopeSeesAll || DatasetVersions.Any(d => d.Id == m.DatasetVersionId && d.OrganisationId == ScopeOrganisationId));
    }

    /// <summary>Tables (named after their DbSet) and columns are snake_case, as in the SQL migrations.</summary>
    private static void ApplySnakeCaseNames(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            entity.SetTableName(SnakeCase(entity.GetTableName()!));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }

    private static ValueConverter<T, string> SnakeCaseEnum<T>() where T : struct, Enum =>
        new(v => SnakeCase(v.ToString()), s => Enum.Parse<T>(s.Replace("_", "", StringComparison.Ordinal), true));
}
