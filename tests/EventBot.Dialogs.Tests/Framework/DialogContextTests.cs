using EventBot.Dialogs.Framework;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace EventBot.Dialogs.Tests.Framework;

/// <summary>The stack on its own, with two tiny dialogs: a parent that asks a child and records its answer.</summary>
public class DialogContextTests
{
    private sealed class Child() : Dialog("child")
    {
        public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
            Task.FromResult(DialogContext.Waiting);

        public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
            dc.Context.Activity.Text == "?"
                ? Task.FromResult(DialogContext.NotUnderstood)
                : dc.EndDialogAsync(dc.Context.Activity.Text.ToUpperInvariant(), cancellationToken);
    }

    private sealed class Parent() : Dialog("parent")
    {
        public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
            dc.BeginDialogAsync("child", null, cancellationToken);

        public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
        {
            dc.ActiveDialog!.State["answer"] = result;
            return await dc.EndDialogAsync($"parent got {result}", cancellationToken);
        }
    }

    private static DialogContext Turn(DialogStack stack, string text) =>
        new(new DialogSet([new Parent(), new Child()]),
            new TurnContext(new TestAdapter(), new Activity { Type = ActivityTypes.Message, Text = text }),
            stack);

    [Fact]
    public async Task A_child_s_result_resumes_its_parent_and_the_stack_empties()
    {
        var stack = new DialogStack();
        var begun = await Turn(stack, "go").BeginDialogAsync("parent", null, CancellationToken.None);
        Assert.Equal(DialogTurnStatus.Waiting, begun.Status);
        Assert.Equal(["parent", "child"], stack.Instances.Select(i => i.DialogId));

        var ended = await Turn(stack, "oui").ContinueDialogAsync(CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Complete, ended.Status);
        Assert.Equal("parent got OUI", ended.Result);
        Assert.Empty(stack.Instances);
    }

    [Fact]
    public async Task A_message_the_dialog_cannot_use_leaves_the_stack_as_it_was()
    {
        var stack = new DialogStack();
        await Turn(stack, "go").BeginDialogAsync("parent", null, CancellationToken.None);

        var result = await Turn(stack, "?").ContinueDialogAsync(CancellationToken.None);

        Assert.Equal(DialogTurnStatus.NotUnderstood, result.Status);
        Assert.Equal(2, stack.Instances.Count);
    }

    [Fact]
    public async Task Cancel_all_clears_the_stack_and_continuing_an_empty_stack_says_so()
    {
        var stack = new DialogStack();
        var dc = Turn(stack, "go");
        await dc.BeginDialogAsync("parent", null, CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Cancelled, dc.CancelAll().Status);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.ContinueDialogAsync(CancellationToken.None)).Status);
    }

    [Fact]
    public async Task An_unknown_dialog_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Turn(new DialogStack(), "go").BeginDialogAsync("nope", null, CancellationToken.None));
        Assert.Contains("nope", error.Message);
    }
}
