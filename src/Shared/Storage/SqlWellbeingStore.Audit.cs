using System.Data.Common;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;
using static WellbeingKit.Storage.SqlCommands;

#if WELLBEINGKIT_STORAGE_SQLITE
namespace WellbeingKit.Storage.Sqlite;
#elif WELLBEINGKIT_STORAGE_POSTGRES
namespace WellbeingKit.Storage.Postgres;
#endif

/// <content>The audit log: safety events without message text.</content>
public abstract partial class SqlWellbeingStore
{
    private const string AuditColumns = "user_id, at, kind, level, categories, detail";

    /// <inheritdoc />
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        StoreArguments.Audit(auditEvent);
        return ExecuteWriteAsync(
            $"INSERT INTO {T("audit")} ({AuditColumns}) VALUES (@u, @t, @k, @l, @c, @d)",
            cancellationToken,
            ("@u", auditEvent.UserId),
            ("@t", TimeValue(auditEvent.At)),
            ("@k", auditEvent.Kind.ToString()),
            ("@l", auditEvent.Level.ToString()),
            ("@c", StoreJson.Categories(auditEvent.Categories ?? [])),
            ("@d", auditEvent.Detail));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        return await ReadBetweenAsync(AuditColumns, "audit", from, to, ReadAudit, cancellationToken).ConfigureAwait(false);
    }

    private AuditEvent ReadAudit(DbDataReader reader) => new(
        reader.GetString(0),
        ReadTime(reader, 1),
        Enum.Parse<AuditEventKind>(reader.GetString(2)),
        Enum.Parse<RiskLevel>(reader.GetString(3)),
        StoreJson.ParseCategories(NullableString(reader, 4)),
        NullableString(reader, 5));
}
