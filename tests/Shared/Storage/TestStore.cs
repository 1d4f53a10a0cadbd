using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.UserData;

namespace WellbeingKit.Testing;

/// <summary>One instance of a store under test (several instances may share one database).</summary>
public sealed class TestStore(IConversationStore conversations, IUserDataStore data, IAuditLog audit, IAsyncDisposable? owner = null) : IAsyncDisposable
{
    public IConversationStore Conversations { get; } = conversations;

    public IUserDataStore Data { get; } = data;

    public IAuditLog Audit { get; } = audit;

    public ValueTask DisposeAsync() => owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
