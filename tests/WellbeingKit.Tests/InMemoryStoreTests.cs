using WellbeingKit.Conversations;
using WellbeingKit.Storage;

namespace WellbeingKit.Tests;

public class InMemoryStoreTests
{
    [Fact]
    public async Task A_save_with_a_stale_version_is_refused()
    {
        var store = new InMemoryWellbeingStore();
        var first = await store.TrySaveAsync(new ConversationState { UserId = "u1" });
        (await store.TrySaveAsync(first! with { FlowId = "a" })).Should().NotBeNull();

        var stale = await store.TrySaveAsync(first with { FlowId = "b" });

        stale.Should().BeNull();
        (await store.GetAsync("u1"))!.FlowId.Should().Be("a");
    }

    [Fact]
    public async Task A_second_new_conversation_for_the_same_user_is_refused()
    {
        var store = new InMemoryWellbeingStore();
        await store.TrySaveAsync(new ConversationState { UserId = "u1" });

        var again = await store.TrySaveAsync(new ConversationState { UserId = "u1" });

        again.Should().BeNull();
    }
}
