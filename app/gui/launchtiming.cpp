// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchtiming.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;

namespace regionlens::app::launchtiming {
namespace {

double nowMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Milliseconds since the launch: since REGIONLENS_TIMING_T0 (ns, CLOCK_REALTIME)
// when given, else since the kernel started the process (10 ms resolution).
double sinceLaunchMs()
{
    if (const char *t0 = std::getenv("REGIONLENS_TIMING_T0"); t0 && *t0)
        return nowMs(CLOCK_REALTIME) - double(std::strtoll(t0, nullptr, 10)) / 1e6;
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, clock ticks since boot), counted after the ")" that ends field 2.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return nowMs(CLOCK_BOOTTIME) - fields.at(19).toDouble() / ticks * 1e3;
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// VmRSS / VmHWM of /proc/self/status in MiB.
double memoryMiB(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

double g_mainMs = -1;   // main() began, ms since the launch

struct Phase
{
    const char *name;
    double wallMs;
    double cpuMs;
};
QList<Phase> g_phases;   // mark()s so far, in order

class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, QWidget *page) : QObject(qApp), m_window(window), m_page(page ? page : window) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !m_window || !m_page || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->window() != m_window || (widget != m_page && !m_page->isAncestorOf(widget)))
            return false;
        const double paintMs = sinceLaunchMs();
        const double cpu = cpuMs();
        const double rss = memoryMiB("VmRSS:");
        qApp->removeEventFilter(this);
        QTimer::singleShot(0, this, [this, paintMs, cpu, rss] {
            std::fprintf(stderr,
                         "regionlens: timing: first paint %.1f ms after launch (main() at %.1f ms, frame done at "
                         "%.1f ms); CPU %.1f ms, RSS %.1f MiB, peak RSS %.1f MiB\n",
                         paintMs, g_mainMs, sinceLaunchMs(), cpu, rss, memoryMiB("VmHWM:"));
            QByteArray phases;
            for (const Phase &p : std::as_const(g_phases))
                phases += QByteArray(p.name) + ' ' + QByteArray::number(p.wallMs, 'f', 1) + " ms (CPU "
                          + QByteArray::number(p.cpuMs, 'f', 1) + "); ";
            std::fprintf(stderr, "regionlens: timing: phases: %s\n", phases.constData());
            std::fflush(stderr);
            if (qgetenv("REGIONLENS_TIMING") == "quit")
                QApplication::exit(0);
            deleteLater();
        });
        return false;
    }

private:
    QPointer<QWidget> m_window;
    QPointer<QWidget> m_page;
};

bool enabled()
{
    return !qEnvironmentVariableIsEmpty("REGIONLENS_TIMING");
}

} // namespace

void start()
{
    if (enabled())
        g_mainMs = sinceLaunchMs();
}

void watch(QWidget *window, QWidget *page)
{
    if (enabled() && qApp)
        qApp->installEventFilter(new FirstPaint(window, page));
}

void mark(const char *phase)
{
    if (enabled())
        g_phases.append({phase, sinceLaunchMs(), cpuMs()});
}

} // namespace regionlens::app::launchtiming
