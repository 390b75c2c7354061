// SPDX-License-Identifier: GPL-3.0-or-later
#include "clidoc.h"

#include "app/meta/manpage.h"
#include "app/meta/version.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace regionlens::cli {

namespace {

struct GlobalOptionJa
{
    const char *name;
    const char *help;
};

const GlobalOption kGlobalOptions[] = {
    {"--db", "PATH",
     "the store (default: %1, created with the starter pack on first use). Read commands open it read-only, "
     "and a PATH that does not exist is an error; import and fetch create it (with the starter pack) when it "
     "is new."},
    {"--help", nullptr, "print the commands and the global options, then exit"},
    {"--version", nullptr, "print the version (with the git describe when built from a checkout), then exit"},
};

// The Japanese manual page's words for the same definitions; a command or an
// option missing here is shown with its English text alone.
const GlobalOptionJa kGlobalOptionsJa[] = {
    {"--db", "ストア（既定: %1。初めて使うときに同梱データで作成）。読み取りコマンドは読み取り専用で開き、存在しない "
             "PATHはエラーです。importとfetchは新しいストアを（同梱データとともに）作成します。"},
    {"--help", "コマンドと共通オプションを表示して終了します。"},
    {"--version", "バージョン（チェックアウトからのビルドではgit describeも）を表示して終了します。"},
};

const GlobalOptionJa kCommandTitlesJa[] = {
    {"regions", "地域の一覧"},
    {"indicators", "ストアにある指標の一覧（検索・テーマ・カテゴリ）"},
    {"export", "指標をtidy CSVで出力（--per で派生指標）"},
    {"compare", "自治体比較（比較対象の中央値・パーセンタイル・順位）"},
    {"import", "データの取り込み"},
    {"fetch", "e-Stat APIから取得して取り込み"},
    {"lq", "特化係数"},
    {"shift-share", "シフト・シェア分析（成長要因）"},
    {"indices", "特化・集中の指数"},
    {"complexity", "経済複雑性指標（ECI・PCI）"},
    {"relatedness", "関連性密度と機会（関連性・スマート・スペシャリゼーション）"},
    {"flows", "人口移動"},
    {"key-figures", "地域の主要指標"},
    {"growth", "強みと成長（産業別の増減・寄与度・シフト・シェア要因・特化係数）"},
    {"productivity", "生産性と経済（県内総生産の推移・構成・寄与度、従業者1人当たり県内総生産と順位）"},
    {"io", "産業連関分析"},
    {"project", "将来人口推計（コーホート要因法）"},
    {"report", "地域レポート（A4 PDF）"},
    {"gravity", "重力モデル"},
};

QString japanese(std::span<const GlobalOptionJa> table, const char *name)
{
    for (const GlobalOptionJa &entry : table) {
        if (qstrcmp(entry.name, name) == 0)
            return QString::fromUtf8(entry.help);
    }
    return QString();
}

QString defaultStore()
{
    return storePath({});
}

QString globalHelp(const GlobalOption &option, bool ja, const QString &store)
{
    const QString text = ja ? japanese(kGlobalOptionsJa, option.name) : QString();
    const QString help = text.isEmpty() ? QString::fromUtf8(option.help) : text;
    return help.contains(u"%1"_s) ? help.arg(store) : help;
}

// Words of text, wrapped to width columns, continuation lines indented by indent.
QString wrap(const QString &text, qsizetype indent, qsizetype width)
{
    QString out;
    qsizetype column = indent;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (column > indent && column + 1 + word.size() > width) {
            out += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (column > indent) {
            out += u' ';
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

bool isFileValue(const QString &value)
{
    return value.contains(u"FILE"_s) || value.contains(u"PATH"_s) || value == u"OD"
           || value.endsWith(u".csv"_s) || value.endsWith(u".pdf"_s);
}

QString shellWords(const QStringList &words)
{
    return words.join(u' ');
}

} // namespace

std::span<const GlobalOption> globalOptions()
{
    return kGlobalOptions;
}

CommandSyntax commandSyntax(const Command &command)
{
    static const QRegularExpression optionPattern(u"(--[a-z][a-z0-9-]*)(?:[ =]([^\\s\\[\\]()]+))?"_s);
    static const QRegularExpression choicePattern(u"^[a-z0-9+.-]+(\\|[a-z0-9+.-]+)+$"_s);
    const QString synopsis = QString::fromUtf8(command.summary);
    const QString name = QString::fromLatin1(command.name);
    CommandSyntax syntax;
    for (auto it = optionPattern.globalMatch(synopsis); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString option = match.captured(1);
        if (!syntax.options.contains(option))
            syntax.options << option;
        const QString value = match.captured(2);
        if (value.isEmpty() || value.startsWith(u"--"_s) || !valueOptions().contains(option))
            continue;
        if (choicePattern.match(value).hasMatch() && !syntax.choices.contains(option))
            syntax.choices.insert(option, value.split(u'|'));
        else if (isFileValue(value) && !syntax.fileOptions.contains(option))
            syntax.fileOptions << option;
    }
    // "io multipliers|impact|circulation (--…" and "io tables [--…": the command's own words, then options.
    const QRegularExpression subPattern(u"(?:^|[\\s:(;])%1 ([a-z][a-z-]*(?:\\|[a-z][a-z-]*)*)(?= [\\[(]--|;|$)"_s.arg(
        QRegularExpression::escape(name)));
    for (auto it = subPattern.globalMatch(synopsis); it.hasNext();)
        syntax.subcommands << it.next().captured(1).split(u'|');
    return syntax;
}

void printUsage(QTextStream &out, std::span<const Command> commands)
{
    out << "Usage: regionlens-cli [--db PATH] COMMAND [options]\n\nCommands:\n";
    for (const Command &c : commands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(12) << ' ' << QString::fromUtf8(c.summary) << '\n';
    out << "\nGlobal options (before or after the command):\n";
    for (const GlobalOption &option : kGlobalOptions) {
        QString term = QString::fromLatin1(option.name);
        if (option.valueName)
            term += u' ' + QString::fromLatin1(option.valueName);
        out << "  " << term.leftJustified(13) << ' ' << wrap(globalHelp(option, false, defaultStore()), 16, 100)
            << '\n';
    }
}

QString manPage(std::span<const Command> commands, const QString &language)
{
    const bool ja = language == u"ja";
    meta::ManPage page;
    page.program = u"regionlens-cli"_s;
    page.language = ja ? u"ja"_s : u"en"_s;
    page.summary = ja ? u"日本の地域経済分析（コマンドライン版）"_s : u"regional-economy analysis for Japan, on the command line"_s;
    page.synopsis = {u"[--db PATH] COMMAND [options]"_s, u"--help"_s, u"--version"_s};
    if (ja) {
        page.description = {
            u"regionlens-cliはRegionLensのストア（SQLiteファイル、--db）またはtidy CSV（--input FILE）を読み、"
            u"RegionLensの画面と同じアダプターで同じ分析を行って、結果をCSV（--format jsonならJSON）で標準出力に"
            u"書きます。使った規約の注記と警告は標準エラー出力に書きます。オプションはコマンドの前にも後にも書けます。"_s,
            u"読み取りコマンドはストアを読み取り専用で開きます。ストアを作るのはimportとfetchだけです。"
            u"reportはGUIと同じページを描くregionlens-reportを実行します。"_s,
            u"各コマンドの書式は英語のまま示します（regionlens-cli --helpと同じ）。"_s,
        };
    } else {
        page.description = {
            u"regionlens-cli reads the RegionLens store (a SQLite file, --db) or tidy CSV files (--input FILE), "
            u"computes the same analyses as the RegionLens window through the same adapters, and prints CSV (or JSON "
            u"with --format json) on standard output. Notes on the conventions used and warnings go to standard "
            u"error. Options may come before or after the command."_s,
            u"Read commands open the store read-only; only import and fetch create one. report runs "
            u"regionlens-report, which draws the GUI's pages into a PDF."_s,
        };
    }
    const QString store = meta::homeRelative(defaultStore());
    for (const GlobalOption &option : kGlobalOptions) {
        page.options.append({{QString::fromLatin1(option.name).mid(2)},
                             option.valueName ? QString::fromLatin1(option.valueName) : QString(),
                             globalHelp(option, ja, store)});
    }
    for (const Command &c : commands) {
        const QString title = ja ? japanese(kCommandTitlesJa, c.name) : QString();
        const QString summary = QString::fromUtf8(c.summary);
        page.commands.append({QString::fromLatin1(c.name), title.isEmpty() ? summary : title + u"：\n"_s + summary});
    }
    page.exitStatus = {
        {u"0"_s, ja ? u"成功。"_s : u"success"_s},
        {u"1"_s, ja ? u"失敗（ストアが開けない、書き込めないなど）。"_s
                    : u"failure (a store that cannot be opened, a file that cannot be written …)"_s},
        {u"2"_s, ja ? u"入力またはオプションの誤り。メッセージはファイル、行、列を示します。"_s
                    : u"rejected input or usage; the message names the file, line and field"_s},
    };
    page.files = {{store, ja ? u"既定のストア。"_s : u"the default store"_s}};
    page.seeAlso = {u"regionlens(1)"_s};
    return meta::roff(page);
}

QString bashCompletion(std::span<const Command> commands)
{
    QStringList names;
    QStringList globals;
    QStringList valueOpts = valueOptions();
    QStringList fileOpts;
    for (const GlobalOption &option : kGlobalOptions) {
        globals << QString::fromLatin1(option.name);
        if (option.valueName && isFileValue(QString::fromLatin1(option.valueName)))
            fileOpts << QString::fromLatin1(option.name);
    }
    QString choiceCases;
    QString optionCases;
    QString subcommandCases;
    for (const Command &c : commands) {
        const QString name = QString::fromLatin1(c.name);
        names << name;
        const CommandSyntax syntax = commandSyntax(c);
        for (const QString &option : syntax.options) {
            if (syntax.choices.contains(option))
                choiceCases += u"        %1:%2) choices=\"%3\" ;;\n"_s.arg(name, option,
                                                                           shellWords(syntax.choices.value(option)));
        }
        for (const QString &option : syntax.fileOptions) {
            if (!fileOpts.contains(option))
                fileOpts << option;
        }
        optionCases += u"        %1) opts=\"%2\" ;;\n"_s.arg(name, shellWords(syntax.options));
        if (!syntax.subcommands.isEmpty())
            subcommandCases += u"        %1) subs=\"%2\" ;;\n"_s.arg(name, shellWords(syntax.subcommands));
    }
    for (const QString &option : fileOpts)
        valueOpts.removeAll(option);

    QString out;
    out += u"# bash completion for regionlens-cli                       -*- shell-script -*-\n"
           u"# Generated by `regionlens-cli --bash-completion` from its command table; do not edit.\n\n"
           u"_regionlens_cli_files()\n{\n"
           u"    if declare -F _filedir >/dev/null; then _filedir; else COMPREPLY=($(compgen -f -- \"$cur\")); fi\n"
           u"}\n\n"
           u"_regionlens_cli()\n{\n"
           u"    local cur prev words cword\n"
           u"    if declare -F _init_completion >/dev/null; then\n"
           u"        _init_completion || return\n"
           u"    else\n"
           u"        words=(\"${COMP_WORDS[@]}\") cword=$COMP_CWORD\n"
           u"        cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
           u"    fi\n"
           u"    local cmd=\"\" sub=\"\" i\n"
           u"    for ((i = 1; i < cword; i++)); do\n"
           u"        case ${words[i]} in\n"_s;
    out += u"            %1) ((i++)) ;;\n"_s.arg((valueOpts + fileOpts).join(u'|'));
    out += u"            -*) ;;\n"
           u"            *) if [[ -z $cmd ]]; then cmd=${words[i]}; elif [[ -z $sub ]]; then sub=${words[i]}; fi ;;\n"
           u"        esac\n"
           u"    done\n"
           u"    local choices=\"\" opts=\"\" subs=\"\"\n"
           u"    case $cmd:$prev in\n"_s;
    out += choiceCases;
    out += u"    esac\n"
           u"    if [[ -n $choices ]]; then COMPREPLY=($(compgen -W \"$choices\" -- \"$cur\")); return; fi\n"
           u"    case $prev in\n"_s;
    out += u"        %1) _regionlens_cli_files; return ;;\n"_s.arg(fileOpts.join(u'|'));
    out += u"        %1) return ;;\n"_s.arg(valueOpts.join(u'|'));
    out += u"    esac\n"
           u"    if [[ -z $cmd ]]; then\n"_s;
    out += u"        if [[ $cur == -* ]]; then opts=\"%1\"; else opts=\"%2\"; fi\n"_s.arg(shellWords(globals),
                                                                                        shellWords(names));
    out += u"        COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
           u"        return\n"
           u"    fi\n"
           u"    case $cmd in\n"_s;
    out += optionCases;
    out += u"    esac\n"
           u"    if [[ $cur == -* ]]; then\n"_s;
    out += u"        COMPREPLY=($(compgen -W \"$opts %1\" -- \"$cur\"))\n"_s.arg(shellWords(globals));
    out += u"        return\n"
           u"    fi\n"
           u"    case $cmd in\n"_s;
    out += subcommandCases;
    out += u"    esac\n"
           u"    if [[ -n $subs && -z $sub ]]; then COMPREPLY=($(compgen -W \"$subs\" -- \"$cur\")); return; fi\n"
           u"    _regionlens_cli_files\n"
           u"} &&\n"
           u"    complete -F _regionlens_cli regionlens-cli\n"_s;
    return out;
}

} // namespace regionlens::cli
