/**
 * 流程 — approvals on the Flowable process engine: a record of some module (a document to issue) goes through
 * the steps of a BPMN model (拟稿 → 处室审核 → 办公厅核稿 → 会签 → 领导签发 → 复核 → 登记 → 印制 → 用印 → 核发), each
 * step offered to the people named for it when the approval starts. Through {@link cn.zhengwu.workflow.Approvals}
 * people approve, return to an earlier step or the drafter, withdraw before the next person acts, transfer, add
 * countersigners while the approval runs and press (催办) the people it waits for; people acting for someone
 * (delegates) see and handle that person's steps. The module publishes
 * {@link cn.zhengwu.workflow.ApprovalStepAssigned}, {@link cn.zhengwu.workflow.ApprovalReturned},
 * {@link cn.zhengwu.workflow.ApprovalPressed} and {@link cn.zhengwu.workflow.ApprovalCompleted}. It is the only
 * module that imports {@code org.flowable}; the models live in {@code processes/<module>/} and call no beans.
 */
@ApplicationModule(displayName = "Workflow 流程", allowedDependencies = { "core", "organization" })
@NullMarked
package cn.zhengwu.workflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
