/**
 * The figures and wording of GB/T 9704-2012 that every output of the module shares (PDF, DOCX): the 版心 in
 * millimetres, the 22 × 28 grid, the type sizes, and how dates, attachment labels and page numbers are written.
 */
@NullMarked
package cn.zhengwu.layout.standard;

import org.jspecify.annotations.NullMarked;
