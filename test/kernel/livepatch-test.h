/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A cumulative test livepatch for the kernel-truth test, modelled on the kernel's
 * samples/livepatch/livepatch-sample.c. LIVEPATCH_TEST_VERSION 1 replaces what /proc/cmdline
 * shows; version 2 does that too (it is cumulative) and also replaces /proc/version.
 * Both are built with .replace = true: loading v2 replaces v1 atomically.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/livepatch.h>
#include <linux/seq_file.h>

#define STR2(x) #x
#define STR(x) STR2(x)

static int livepatch_cmdline_proc_show(struct seq_file *m, void *v)
{
	seq_printf(m, "%s\n", "livepatch-action test v" STR(LIVEPATCH_TEST_VERSION));
	return 0;
}

#if LIVEPATCH_TEST_VERSION >= 2
static int livepatch_version_proc_show(struct seq_file *m, void *v)
{
	seq_printf(m, "%s\n", "patched version v" STR(LIVEPATCH_TEST_VERSION));
	return 0;
}
#endif

static struct klp_func funcs[] = {
	{
		.old_name = "cmdline_proc_show",
		.new_func = livepatch_cmdline_proc_show,
	},
#if LIVEPATCH_TEST_VERSION >= 2
	{
		.old_name = "version_proc_show",
		.new_func = livepatch_version_proc_show,
	},
#endif
	{ }
};

static struct klp_object objs[] = {
	{
		/* name being NULL means vmlinux */
		.funcs = funcs,
	}, { }
};

static struct klp_patch patch = {
	.mod = THIS_MODULE,
	.objs = objs,
	.replace = true,
};

static int livepatch_init(void)
{
	return klp_enable_patch(&patch);
}

static void livepatch_exit(void)
{
}

module_init(livepatch_init);
module_exit(livepatch_exit);
MODULE_LICENSE("GPL");
MODULE_INFO(livepatch, "Y");
